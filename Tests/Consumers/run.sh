#!/usr/bin/env bash
# The exports of every seed session and of a hostile plan, read by their real consumers.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/debug/planwerk
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export PLANWERK_STATE="$out/state"
for session in sessions/*.json; do
  name=$(basename "$session" .json)
  "$bin" "$session" -c "export json $out/$name.json" -c "export ics $out/$name.ics alles" \
    -c "export csv $out/$name.csv" >/dev/null
done
cat Tests/Consumers/hostile.plan - <<END | "$bin" >/dev/null
export json $out/hostile.json
export ics $out/hostile.ics alles
export csv $out/hostile.csv
END
python3 Tests/Consumers/check_exports.py "$out"
