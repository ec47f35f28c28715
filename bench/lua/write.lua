-- The write mix, in turns: create an article, comment on an article, favorite an article.
--   BENCH_TOKENS  access tokens of a few pre-registered writers, comma separated
--   BENCH_SLUGS   real article slugs to comment on and favorite, comma separated
--   BENCH_RUN     a run id that keeps the new titles (and so slugs) unique across runs
-- The requests sent of each kind and the non-2xx statuses are counted per thread, summed in done().
local report = dofile((os.getenv("BENCH_LUA") or "bench/lua") .. "/report.lua")

local function split(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do
    items[#items + 1] = item
  end
  return items
end

local tokens = split(os.getenv("BENCH_TOKENS"))
local slugs = split(os.getenv("BENCH_SLUGS"))
local run = os.getenv("BENCH_RUN") or tostring(os.time())
if #tokens == 0 or #slugs == 0 then
  error("BENCH_TOKENS and BENCH_SLUGS must be set")
end

-- Main state: number the threads so titles stay unique between them.
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

-- Thread states.
local counter = 0
kinds = { "create", "comment", "favorite" }
sent = { create = 0, comment = 0, favorite = 0 }
statuses = {}

function init(args)
  math.randomseed(os.time() * 100 + (tid or 0))
end

function request()
  counter = counter + 1
  local kind = kinds[counter % 3 + 1]
  local token = tokens[(counter + (tid or 0)) % #tokens + 1]
  local headers = { ["Authorization"] = "Token " .. token, ["Content-Type"] = "application/json" }
  local slug = slugs[math.random(#slugs)]
  sent[kind] = sent[kind] + 1
  if kind == "create" then
    local body = string.format(
      '{"article":{"title":"Bench %s t%d n%d","description":"Written by the benchmark","body":"# Load\\n\\nA paragraph written under load, %d.","tagList":["bench-write"]}}',
      run, tid or 0, counter, counter)
    return wrk.format("POST", "/api/articles", headers, body)
  elseif kind == "comment" then
    return wrk.format("POST", "/api/articles/" .. slug .. "/comments", headers,
      string.format('{"comment":{"body":"A comment written under load, %d."}}', counter))
  else
    return wrk.format("POST", "/api/articles/" .. slug .. "/favorite", headers, nil)
  end
end

-- A histogram of the status codes that were not 2xx (400s from validation, 500s from the database...).
function response(status, headers, body)
  if status < 200 or status > 299 then
    local key = tostring(status)
    statuses[key] = (statuses[key] or 0) + 1
  end
end

function done(summary, latency, requests)
  report.done(summary, latency, requests)
  local totals, codes = { create = 0, comment = 0, favorite = 0 }, {}
  for _, thread in ipairs(threads) do
    local s = thread:get("sent") or {}
    for kind, n in pairs(s) do
      totals[kind] = totals[kind] + n
    end
    for code, n in pairs(thread:get("statuses") or {}) do
      codes[code] = (codes[code] or 0) + n
    end
  end
  local parts = {}
  for code, n in pairs(codes) do
    parts[#parts + 1] = code .. "x" .. n
  end
  table.sort(parts)
  io.write(string.format("BENCHMIX create=%d comment=%d favorite=%d statuses=%s\n",
    totals.create, totals.comment, totals.favorite, #parts > 0 and table.concat(parts, ",") or "none"))
end
