-- wrk script for bench/concurrent.sh: one wrk thread per connection, so that each thread's Lua state is one
-- virtual user with its own session cookie, its own clients and a strict request-response order (a read
-- before each write). Configuration comes from the environment, because wrk passes script arguments only to
-- the threads, not to done():
--   BENCH_USERS  users file: one line per virtual user, tab separated:
--                role, session cookie, clients to read (comma separated), clients to write (comma separated),
--                the session's CSRF token (an API write on a session cookie sends it back)
--   BENCH_MODE   mix | api | caseload | static
--   BENCH_OUT    file that done() writes: the run's duration and wrk's error counts, then one line per request:
--                type, status (or socket, unanswered, inflight), latency and time of the answer in microseconds
--                (monotonic clock), and for an acknowledged save client:version
--   BENCH_TIMEOUT_MS  a request answered later than this, or still unanswered this long at the end, is a timeout
--   BENCH_PORT2  optional second application node: every second user is sent there
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
  int usleep(unsigned int microseconds);
]]
local timespec = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC: the same clock in every thread and in done()
  return tonumber(timespec.tv_sec) * 1000000 + math.floor(tonumber(timespec.tv_nsec) / 1000)
end

local function split(text, separator)
  local items = {}
  for item in string.gmatch(text or "", "[^" .. separator .. "]+") do
    items[#items + 1] = item
  end
  return items
end

-- setup and done run in the main Lua state.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("vu", #threads)
  -- Two application nodes: every second user talks to the second one (the sessions are in the database).
  local second = os.getenv("BENCH_PORT2")
  if second ~= nil and second ~= "" and #threads % 2 == 0 then
    thread.addr = wrk.lookup(wrk.host, second)[1]
  end
end

-- What a virtual user does, one step after the other, round and round. {client} is replaced by the next of
-- the user's clients at each "client-page" step (the start of a visit to a client).
local cycles = {
  coordinator = { "caseload", "client-page", "client-api", "plan-page", "consents", "custody-read", "custody-save" },
  manager = { "caseload-office", "client-page", "client-api", "plan-page", "consents", "custody-read", "custody-save" },
  partner = { "caseload-group", "client-page", "client-api", "plan-page" },
}
local alone = { api = "client-api", caseload = "caseload", static = "static" }

local paths = {
  ["static"] = function() return "/css/app.css" end,
  ["caseload"] = function() return "/clients?scope=mine" end,
  ["caseload-office"] = function() return "/clients?scope=office" end,
  ["caseload-group"] = function() return "/clients" end,
  ["client-page"] = function(c) return "/clients/" .. c end,
  ["client-api"] = function(c) return "/api/v1/clients/" .. c end,
  ["plan-page"] = function(c) return "/clients/" .. c .. "/plan" end,
  ["consents"] = function(c) return "/clients/" .. c .. "/consents" end,
  ["custody-read"] = function(c) return "/api/v1/clients/" .. c end,
}

-- Per-thread state (each thread has its own copy of these globals).
log = {}
pending_type = nil
pending_start = nil
local role, cookie, reads, writes, csrf, cycle
local step, read_index, write_index, calls = 0, 0, 0, 0
local client, save_body, save_client

function init(args)
  local mode = os.getenv("BENCH_MODE") or "mix"
  local line_number = 0
  for line in io.lines(os.getenv("BENCH_USERS")) do
    line_number = line_number + 1
    if line_number == vu then
      local fields = {}
      for field in string.gmatch(line .. "\t", "([^\t]*)\t") do
        fields[#fields + 1] = field
      end
      role, cookie, reads, writes, csrf = fields[1], fields[2], split(fields[3], ","), split(fields[4], ","), fields[5]
      break
    end
  end
  if cookie == nil then
    error("no user on line " .. vu .. " of " .. os.getenv("BENCH_USERS"))
  end
  cycle = alone[mode] and { alone[mode] } or cycles[role]
  -- Users start at different points of their lists, so that equal users do not move in step.
  read_index = vu % math.max(#reads, 1)
  write_index = vu % math.max(#writes, 1)
end

local function next_step()
  step = step % #cycle + 1
  local kind = cycle[step]
  if kind == "custody-save" and save_body == nil then
    -- The read before it failed or showed no custody episode: the user cannot save, so goes on.
    return next_step()
  end
  return kind
end

function request()
  local started = now_us()
  calls = calls + 1
  -- wrk calls request() once on the first thread before the run to check the script; that request is never
  -- sent, so the first thread's second call finds it pending.
  if pending_type ~= nil and not (vu == 1 and calls == 2) then
    -- No answer came on this connection (wrk reconnects after a socket error and asks again).
    log[#log + 1] = pending_type .. "\tsocket\t" .. (started - pending_start) .. "\t" .. started
    -- The application is gone (a fault experiment): wrk would retry at once, thousands of times a second,
    -- and take the CPU the restarting application needs. This thread is this one user, so it waits.
    ffi.C.usleep(100000)
  end
  local kind = next_step()
  local headers = { Cookie = cookie }
  local method, path, body = "GET", nil, nil
  if kind == "client-page" or #cycle == 1 or client == nil then
    read_index = read_index % #reads + 1
    client = reads[read_index]
  end
  if kind == "custody-read" then
    write_index = write_index % math.max(#writes, 1) + 1
    save_client = writes[write_index] or client
    path = paths[kind](save_client)
  elseif kind == "custody-save" then
    method, path, body = "PUT", "/api/v1/clients/" .. save_client .. "/custody", save_body
    headers["Content-Type"] = "application/json"
    headers["X-CSRF-TOKEN"] = csrf
    save_body = nil
  else
    path = paths[kind](client)
  end
  headers["Accept"] = path:find("^/api/") and "application/json" or "text/html"
  pending_type, pending_start = kind, now_us()
  return wrk.format(method, path, headers, body)
end

function response(status, headers, body)
  local kind = pending_type
  local finished = now_us()
  local line = kind .. "\t" .. status .. "\t" .. (finished - pending_start) .. "\t" .. finished
  if kind == "custody-save" and status == 200 then
    -- An acknowledged save and the version it made, for the crash experiment's comparison with the database.
    line = line .. "\t" .. save_client .. ":" .. (body:match('"version"%s*:%s*(%d+)') or "?")
  end
  log[#log + 1] = line
  pending_type, pending_start = nil, nil
  if kind == "custody-read" then
    save_body = nil
    local version = status == 200 and body:match('"version"%s*:%s*(%d+)')
    local custody = version and body:match('"custody"%s*:%s*(%b{})')
    if custody then
      -- Save the facts as read, with the version read: a real save (new version, audit entry, history
      -- check) that changes no key date, so it needs no reason and can be repeated.
      save_body = custody:sub(1, -2) .. ',"version":' .. version .. "}"
    end
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  local timeout_us = tonumber(os.getenv("BENCH_TIMEOUT_MS") or "5000") * 1000
  local finished = now_us()
  out:write("#duration_us\t", summary.duration, "\n")
  local e = summary.errors
  out:write("#wrk_errors\tconnect ", e.connect, " read ", e.read, " write ", e.write, " status ", e.status, "\n")
  for _, thread in ipairs(threads) do
    for _, line in ipairs(thread:get("log") or {}) do
      out:write(line, "\n")
    end
    local kind, started = thread:get("pending_type"), thread:get("pending_start")
    if kind ~= nil then
      -- Unanswered at the end of the run: a timeout if it waited longer than the timeout, else in flight.
      local waited = finished - started
      out:write(kind, "\t", waited >= timeout_us and "unanswered" or "inflight", "\t", waited, "\t", finished, "\n")
    end
  end
  out:close()
end
