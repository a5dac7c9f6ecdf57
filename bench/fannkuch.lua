-- Benchmark: fannkuch-redux, the Lua 5.4 twin of fannkuch.go. Tables are
-- 1-based, so positions and values are the Go ones plus 1 (the flip counts,
-- and so the output, are the same).
local function fannkuch(n)
  local perm1 = {}
  for i = 1, n do
    perm1[i] = i
  end
  local perm, count = {}, {}
  for i = 1, n do
    perm[i] = 0
    count[i] = 0
  end
  local maxFlips = 0
  local checksum = 0
  local permCount = 0
  local r = n
  while true do
    while r ~= 1 do
      count[r] = r
      r = r - 1
    end
    for i = 1, n do
      perm[i] = perm1[i]
    end
    local flips = 0
    local k = perm[1]
    while k ~= 1 do
      local i, j = 1, k
      while i < j do
        perm[i], perm[j] = perm[j], perm[i]
        i = i + 1
        j = j - 1
      end
      flips = flips + 1
      k = perm[1]
    end
    if flips > maxFlips then
      maxFlips = flips
    end
    if permCount % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end
    -- Next permutation: rotate the first r+1 elements left until a counter
    -- is not exhausted.
    while true do
      if r == n then
        return checksum, maxFlips
      end
      local perm0 = perm1[1]
      for i = 1, r do
        perm1[i] = perm1[i + 1]
      end
      perm1[r + 1] = perm0
      count[r + 1] = count[r + 1] - 1
      if count[r + 1] > 0 then
        break
      end
      r = r + 1
    end
    permCount = permCount + 1
  end
end

local n = 10
local checksum, maxFlips = fannkuch(n)
io.write(string.format("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips))
