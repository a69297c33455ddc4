-- wrk reporter of the load benchmark (scripts/benchmark): one line per run,
--   bench <scenario> rps=<n> p50_ms=<n> p99_ms=<n> errors=<n> bytes=<n>
-- errors: socket errors (connect, read, write, timeout) plus HTTP statuses above 399;
-- bytes: average bytes read per response, headers included (wrk asks no compression).
local scenario = os.getenv("BENCH_SCENARIO") or "scenario"

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  local bytes = 0
  if summary.requests > 0 then
    bytes = summary.bytes / summary.requests
  end
  io.write(string.format("bench %s rps=%d p50_ms=%.1f p99_ms=%.1f errors=%d bytes=%d\n",
    scenario, math.floor(summary.requests / seconds), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, math.floor(bytes)))
end
