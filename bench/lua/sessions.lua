-- The mixed workload of bench/load.sh: people's sessions, 90% reads and 10% writes.
-- Each wrk thread plays ten sessions of ten requests in turn, then starts over:
--   6 readers  (anonymous): the home page, the tag cloud, a tag, two articles with their comments, an author ...
--   2 members  (signed in): sign in, the feed, read, favorite, read a new article, comment on it ...
--   2 writers  (signed in): sign in, the feed, publish, read their profile and their articles ...
-- which is 90 reads (GET) and 10 writes (sign-in, favorite, comment, publish) in every hundred requests.
-- Members comment on articles the writers of the same thread published in the last seconds, as people comment on
-- what is new: the threads of the articles everyone reads then stay the size they were, and a soak measures the
-- server, not comment threads growing by the minute (the API lists an article's comments unpaged).
--   BENCH_TOKENS  access tokens of seeded users, comma separated (their emails in BENCH_EMAILS, same order)
--   BENCH_EMAILS  the same users' emails, to sign in with (password BENCH_PASSWORD)
--   BENCH_SLUGS, BENCH_TAGS, BENCH_AUTHORS   real slugs, tags and usernames to read, comma separated
--   BENCH_RUN     keeps the titles of published articles unique across runs
--   BENCH_RATE    optional: requests per second for the whole run (all threads), paced; empty = as fast as possible
local report = dofile((os.getenv("BENCH_LUA") or "bench/lua") .. "/report.lua")
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]

local function split(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do
    items[#items + 1] = item
  end
  return items
end

local tokens, emails = split(os.getenv("BENCH_TOKENS")), split(os.getenv("BENCH_EMAILS"))
local slugs, tags, authors = split(os.getenv("BENCH_SLUGS")), split(os.getenv("BENCH_TAGS")), split(os.getenv("BENCH_AUTHORS"))
local password = os.getenv("BENCH_PASSWORD") or "inkwell-seed"
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local rate = tonumber(os.getenv("BENCH_RATE") or "")
if #tokens == 0 or #tokens ~= #emails or #slugs == 0 or #tags == 0 or #authors == 0 then
  error("BENCH_TOKENS, BENCH_EMAILS (as many), BENCH_SLUGS, BENCH_TAGS and BENCH_AUTHORS must be set")
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

-- Thread state -------------------------------------------------------------------------------
local function pick(list) return list[math.random(#list)] end
local function now_ms()
  local tv = ffi.new("bench_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local json = { ["Content-Type"] = "application/json" }
local function auth(token) return { ["Authorization"] = "Token " .. token, ["Content-Type"] = "application/json" } end

-- A step is a function(user) returning the request; user = { token, email, slug, tag, author }.
local function get(path_of) return function(u) return wrk.format("GET", path_of(u)) end end
local function get_signed(path_of) return function(u) return wrk.format("GET", path_of(u), auth(u.token)) end end
local home = get(function() return "/api/articles?limit=20" end)
local home2 = get(function() return "/api/articles?limit=20&offset=20" end)
local tagcloud = get(function() return "/api/tags" end)
local by_tag = get(function(u) return "/api/articles?limit=20&tag=" .. u.tag end)
local article = get(function(u) return "/api/articles/" .. u.slug end)
local article2 = get(function(u) return "/api/articles/" .. u.slug2 end)
local comments = get(function(u) return "/api/articles/" .. u.slug .. "/comments" end)
local comments2 = get(function(u) return "/api/articles/" .. u.slug2 .. "/comments" end)
local profile = get(function(u) return "/api/profiles/" .. u.author end)
local by_author = get(function(u) return "/api/articles?limit=20&author=" .. u.author end)
local feed = get_signed(function() return "/api/articles/feed?limit=20" end)
local read_signed = get_signed(function(u) return "/api/articles/" .. u.slug end)
local comments_signed = get_signed(function(u) return "/api/articles/" .. u.slug .. "/comments" end)
local read_new = get_signed(function(u) return "/api/articles/" .. u.new_slug end)
local comments_new = get_signed(function(u) return "/api/articles/" .. u.new_slug .. "/comments" end)
local home_signed = get_signed(function() return "/api/articles?limit=20" end)

local counter = 0
local function sign_in(u)
  return wrk.format("POST", "/api/users/login", json,
    string.format('{"user":{"email":"%s","password":"%s"}}', u.email, password))
end
local function favorite(u) return wrk.format("POST", "/api/articles/" .. u.slug .. "/favorite", auth(u.token)) end
local function comment(u)
  counter = counter + 1
  return wrk.format("POST", "/api/articles/" .. u.new_slug .. "/comments", auth(u.token),
    string.format('{"comment":{"body":"A comment written under load, %d."}}', counter))
end
local function publish(u)
  counter = counter + 1
  return wrk.format("POST", "/api/articles", auth(u.token), string.format(
    '{"article":{"title":"Load %s t%d n%d","description":"Written by the load test","body":"# Load\\n\\nA paragraph, %d.","tagList":["%s"]}}',
    run, tid or 0, counter, counter, u.tag))
end

local reader = { home, tagcloud, by_tag, article, comments, article2, comments2, profile, by_author, home2 }
local member = { sign_in, feed, read_signed, comments_signed, favorite, home_signed, read_new, comments_new, comment, feed }
local writer = { sign_in, feed, publish, home_signed, read_signed, comments_signed, profile, by_author, feed, tagcloud }
local sessions = { reader, member, reader, writer, reader, reader, member, reader, writer, reader }

-- The newest articles this thread's writers published (slugs from the 201 answers), for the members to comment on.
local published, newest = {}, 20
local session, step, user = 0, 0, nil
local function new_user()
  local i = math.random(#tokens)
  local slug = pick(slugs)
  return { token = tokens[i], email = emails[i], slug = slug, slug2 = pick(slugs), tag = pick(tags), author = pick(authors),
    new_slug = #published > 0 and pick(published) or slug }
end

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0))
  session = (tid or 0) % #sessions
end

-- Pacing (BENCH_RATE, BENCH_THREADS): the thread's k-th request is due at start + k / (rate / threads).
if rate and rate > 0 then
  local interval_ms = 1000 * (tonumber(os.getenv("BENCH_THREADS") or "1") or 1) / rate
  local started, sent = nil, 0
  function delay()
    local now = now_ms()
    started = started or now
    sent = sent + 1
    local due = started + sent * interval_ms
    return due > now and math.floor(due - now) or 0
  end
end

function request()
  if step == 0 then
    session = session % #sessions + 1
    user = new_user()
  end
  step = step + 1
  local steps = sessions[session]
  local req = steps[step](user)
  if step == #steps then step = 0 end
  return req
end

-- Statuses that were not 2xx/3xx, counted per thread and summed in done(): what the errors were.
statuses = {}
function response(status, headers, body)
  if status >= 400 then
    statuses[status] = (statuses[status] or 0) + 1
  elseif status == 201 and body and string.sub(body, 1, 11) == '{"article":' then
    local slug = string.match(body, '"slug":"([^"]+)"')
    if slug then
      table.insert(published, slug)
      if #published > newest then table.remove(published, 1) end
    end
  end
end

function done(summary, latency, requests)
  report.done(summary, latency, requests)
  local codes, parts = {}, {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses") or {}) do
      codes[code] = (codes[code] or 0) + n
    end
  end
  for code, n in pairs(codes) do
    parts[#parts + 1] = code .. "x" .. n
  end
  table.sort(parts)
  io.write("BENCHSTATUS " .. (#parts > 0 and table.concat(parts, ",") or "none") .. "\n")
end
