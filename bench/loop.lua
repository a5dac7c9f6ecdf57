-- Benchmark: the Lua 5.4 twin of loop.go (64-bit integers wrap like Go's int).
local sum = 0
local x = 1
for i = 0, 200000000 - 1 do
  x = x * 3 + i
  sum = sum + (x & 1023)
end
print(sum)
