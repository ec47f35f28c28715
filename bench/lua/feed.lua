-- GET /api/articles/feed as a signed-in reader: BENCH_TOKEN holds the reader's access token
-- (kept out of the command line, so it does not end up in the report).
local report = dofile((os.getenv("BENCH_LUA") or "bench/lua") .. "/report.lua")
done = report.done

local token = os.getenv("BENCH_TOKEN")
if token == nil or token == "" then
  error("BENCH_TOKEN is not set")
end
wrk.headers["Authorization"] = "Token " .. token
