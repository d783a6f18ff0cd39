#!/usr/bin/env bash
# Issue 12's channel figures: bench/notice-latency.sh with real receivers, timing each immediate e-mail and each
# webhook of a release-date change as it arrives. Settings as in bench/notice-latency.sh (BENCH_SMTP_PORT,
# BENCH_HOOK_PORT, BENCH_WINDOW, BENCH_MAIL_POLL, BENCH_HOOK_POLL, BENCH_GRACE are this mode's). See bench/README.md.
BENCH_CHANNELS=1 exec "$(dirname "$0")/notice-latency.sh" "$@"
