-- Benchmark: binary trees, the Lua 5.4 twin of binarytrees.go: a node is a
-- table {left, right}, a leaf an empty table (Go: &Node{} with nil children).
local function bottomUp(depth)
  if depth <= 0 then
    return {}
  end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

local function check(n)
  if n[1] == nil then
    return 1
  end
  return 1 + check(n[1]) + check(n[2])
end

local n = 15
if arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local minDepth = 4
local maxDepth = n
if minDepth + 2 > n then
  maxDepth = minDepth + 2
end
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))
local long = bottomUp(maxDepth)
for d = minDepth, maxDepth, 2 do
  local iters = 1 << (maxDepth - d + minDepth)
  local chk = 0
  for _ = 1, iters do
    chk = chk + check(bottomUp(d))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iters, d, chk))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(long)))
