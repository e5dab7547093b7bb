#!/usr/bin/env bash
# Keeps the scheduled rebuild (schedule.yml) running. GitHub disables a public repository's
# scheduled workflows after 60 days without repository activity, and a status page whose
# incidents live in issues can go that long without a commit; then maintenance windows would
# stop starting and ending on time. So every run of either workflow enables schedule.yml again
# (which it does without complaint when it is already on), unless someone turned it off by
# hand. With --dispatch it then starts deploy.yml, which is how the schedule rebuilds the page.
#
# Needs GITHUB_TOKEN with `actions: write`, and what GitHub Actions sets: GITHUB_API_URL,
# GITHUB_REPOSITORY, GITHUB_REF_NAME. Fails, so the run shows red, when GitHub refuses.
set -euo pipefail

# GitHub's Actions API on workflow file $2, with method $1; prints the answer, or fails with it.
api() {
  local answer
  if ! answer=$(curl --fail-with-body --silent --show-error --retry 2 --max-time 30 --request "$1" \
    --header "Authorization: Bearer $GITHUB_TOKEN" --header 'Accept: application/vnd.github+json' \
    --header 'X-GitHub-Api-Version: 2022-11-28' \
    "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/actions/workflows/$2" "${@:3}" 2>&1); then
    echo "::error::GitHub refused $1 actions/workflows/$2: $answer" >&2
    return 1
  fi
  printf '%s' "$answer"
}

state=$(api GET schedule.yml | jq -r .state)
if [ "$state" = disabled_manually ]; then
  echo "::notice::The scheduled rebuild (schedule.yml) was turned off by hand; it stays off."
else
  api PUT schedule.yml/enable
  if [ "$state" != active ]; then
    echo "::warning::The scheduled rebuild (schedule.yml) had stopped ($state); it is back on."
  fi
fi

if [ "${1:-}" = --dispatch ]; then
  api POST deploy.yml/dispatches --data "$(jq -n --arg ref "$GITHUB_REF_NAME" '{ref: $ref}')"
fi
