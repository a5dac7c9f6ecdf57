-- Benchmark: spectral norm, the Lua 5.4 twin of spectralnorm.go. Arrays are
-- 1-based tables; evalA takes the same 0-based indices as the Go version.
local function evalA(i, j)
  return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
end

local function timesA(v, u)
  local n = #u
  for i = 0, n - 1 do
    local a = 0.0
    for j = 0, n - 1 do
      a = a + evalA(i, j) * u[j + 1]
    end
    v[i + 1] = a
  end
end

local function timesAt(v, u)
  local n = #u
  for i = 0, n - 1 do
    local a = 0.0
    for j = 0, n - 1 do
      a = a + evalA(j, i) * u[j + 1]
    end
    v[i + 1] = a
  end
end

local function timesAtA(v, u, tmp)
  timesA(tmp, u)
  timesAt(v, tmp)
end

local n = 1000
local u, v, tmp = {}, {}, {}
for i = 1, n do
  u[i] = 1.0
  v[i] = 0.0
  tmp[i] = 0.0
end
for _ = 1, 10 do
  timesAtA(v, u, tmp)
  timesAtA(u, v, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))
