-- Benchmark: building and scanning strings, the Lua 5.4 twin of strings.go:
-- table.concat plays strings.Builder, string.byte / string.sub the byte
-- indexing and slicing, a table the map[string]int.
local byte, sub = string.byte, string.sub

local seed = 42

local function rnd()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end

local syllables = { "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu" }

local function buildText(nwords)
  local parts = {}
  local np = 0
  for i = 0, nwords - 1 do
    local r = rnd()
    local ns = 1 + (r >> 8) % 3
    for k = 0, ns - 1 do
      np = np + 1
      parts[np] = syllables[(r >> (12 + 4 * k)) % 10 + 1]
    end
    np = np + 1
    if i % 12 == 11 then
      parts[np] = "\n"
    else
      parts[np] = " "
    end
  end
  return table.concat(parts)
end

local function scan(text, counts)
  local h = 0
  local lines = 0
  local start = -1
  for i = 1, #text do
    local c = byte(text, i)
    h = (h * 31 + c) & 0xffffff
    if c >= 97 and c <= 122 then -- 'a' .. 'z'
      if start < 0 then
        start = i
      end
    else
      if c == 10 then -- '\n'
        lines = lines + 1
      end
      if start >= 0 then
        local w = sub(text, start, i - 1)
        counts[w] = (counts[w] or 0) + 1
        start = -1
      end
    end
  end
  return h, lines
end

local text = buildText(2000000)
local counts = {}
local h, lines = 0, 0
for _ = 1, 3 do
  h, lines = scan(text, counts)
end
local words = {}
for w in pairs(counts) do
  words[#words + 1] = w
end
table.sort(words, function(a, b)
  if counts[a] ~= counts[b] then
    return counts[a] > counts[b]
  end
  return a < b
end)
io.write(string.format("bytes %d lines %d distinct %d hash %d\n", #text, lines, #words, h))
for i = 1, 5 do
  local w = words[i]
  io.write(string.format("%s %d\n", w, counts[w]))
end
