#!/usr/bin/python3
"""Runs the steps of a composite GitHub Action (action.yml) as GitHub's runner does, here.

usage: run_composite_action.py ACTION_YML INPUTS_JSON

The environment gives the runner's files (GITHUB_STEP_SUMMARY, GITHUB_ENV, RUNNER_TEMP...)
and GITHUB_BASE_REF. Each step runs as `shell: bash` does on GitHub, `bash --noprofile --norc
-eo pipefail FILE`, with its `env:` expanded; what a step appends to $GITHUB_ENV is in the
environment of the steps after it; the first step that fails ends the run with its status.
Only what the action needs is understood: `${{ inputs.* }}` and `${{ github.* }}` in `env:`
values. Anything else (an `if:`, a `uses:`, an expression inside `run:`) is refused, so the
action cannot use what this runner would silently get wrong.
"""
import json
import os
import re
import subprocess
import sys

import yaml

action_path, given = sys.argv[1], json.loads(sys.argv[2])
action = yaml.safe_load(open(action_path))
if action["runs"]["using"] != "composite":
    sys.exit("not a composite action")
inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
unknown = set(given) - set(inputs)
if unknown:
    sys.exit(f"inputs the action does not declare: {sorted(unknown)}")
inputs.update(given)
github = {
    "base_ref": os.environ.get("GITHUB_BASE_REF", ""),
    "action_path": os.path.dirname(os.path.abspath(action_path)),
}


def expand(value):
    def one(match):
        context, _, name = match.group(1).strip().partition(".")
        table = {"inputs": inputs, "github": github}.get(context)
        if table is None or name not in table:
            sys.exit(f"unsupported expression: {match.group(0)}")
        return table[name]

    return re.sub(r"\$\{\{(.*?)\}\}", one, str(value))


env = dict(os.environ)
for number, step in enumerate(action["runs"]["steps"]):
    if not set(step) <= {"name", "shell", "env", "run"} or step.get("shell") != "bash":
        sys.exit(f"step {number}: only bash steps with name, env and run are understood: {step}")
    if "${{" in step["run"]:
        sys.exit(f"step {number}: an expression inside run: (inputs go through env:)")
    step_env = dict(env)
    step_env.update({key: expand(value) for key, value in step.get("env", {}).items()})
    script = os.path.join(env["RUNNER_TEMP"], f"step{number}.sh")
    with open(script, "w") as out:
        out.write(step["run"])
    open(env["GITHUB_ENV"], "w").close()  # the runner gives each step a fresh file
    status = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                            env=step_env).returncode
    with open(env["GITHUB_ENV"]) as added:
        for line in added.read().splitlines():
            key, _, value = line.partition("=")
            env[key] = value
    if status != 0:
        sys.exit(status)
