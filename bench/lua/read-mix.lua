-- The read mix of the services benchmark: in turn, the home page's list, a tag's list, one article and
-- the tag cloud — anonymous GETs, as most traffic is. BENCH_TAG and BENCH_SLUG pick the tag and article.
local report = dofile((os.getenv("BENCH_LUA") or "bench/lua") .. "/report.lua")

local paths = {
  "/api/articles?limit=20",
  "/api/articles?tag=" .. (os.getenv("BENCH_TAG") or "programming"),
  "/api/articles/" .. (os.getenv("BENCH_SLUG") or "missing"),
  "/api/tags",
}
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = report.done
