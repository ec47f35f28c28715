-- A plain GET of the URL given to wrk; only adds the percentile line.
local report = dofile((os.getenv("BENCH_LUA") or "bench/lua") .. "/report.lua")
done = report.done
