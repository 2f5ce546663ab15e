#!/usr/bin/env python3
"""The CI recipes of docs/ci.md and docs/pre-commit.md do what the page says.

  ci_recipes_check.py REPO_ROOT

- The GitHub workflow is valid YAML; the diff, summary and comment steps run
  with always() (a failed check must not skip them); the comment step is
  skipped for pull requests from forks (read-only token), whose diff goes
  to the job summary.
- The GitLab job is valid YAML; it writes the gitlab and junit formats and
  hands them to artifacts:reports (codequality, junit); its after_script
  edits one marked note (PUT) instead of posting a new one each run.
- docs/pre-commit.md's `rev:` names a commit of this repository, its hook ids
  are those of .pre-commit-hooks.yaml, and that file cites a page that
  exists.
"""
import os
import re
import subprocess
import sys

import yaml


def yaml_blocks(text):
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def main():
    root = sys.argv[1]
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(message)

    with open(os.path.join(root, "docs", "ci.md"), encoding="utf-8") as f:
        blocks = yaml_blocks(f.read())
    github = next(b for b in blocks if isinstance(b, dict) and "jobs" in b)
    steps = {step.get("name"): step for step in github["jobs"]["appmix"]["steps"]}
    for name in ("Diff", "Summary", "Comment"):
        expect(name in steps, f"GitHub: no {name} step")
        expect("always()" in str(steps.get(name, {}).get("if", "")),
               f"GitHub: the {name} step does not run with always()")
    expect("GITHUB_STEP_SUMMARY" in steps.get("Summary", {}).get("run", ""),
           "GitHub: the diff is not written to the job summary")
    expect("github.event.pull_request.head.repo.full_name == github.repository"
           in str(steps.get("Comment", {}).get("if", "")),
           "GitHub: the comment step is not skipped for pull requests from forks")

    gitlab = next(b for b in blocks if isinstance(b, dict) and "appmix" in b)["appmix"]
    script = "\n".join(gitlab["script"])
    reports = gitlab["artifacts"].get("reports", {})
    expect(reports.get("codequality") == "gl-code-quality.json",
           "GitLab: artifacts:reports:codequality is not the gitlab report")
    expect(reports.get("junit") == "appmix-check.xml", "GitLab: artifacts:reports:junit is not set")
    expect("--format gitlab -o gl-code-quality.json" in script, "GitLab: no gitlab report written")
    expect("--format junit -o appmix-check.xml" in script, "GitLab: no junit report written")
    expect(gitlab["artifacts"].get("when") == "always", "GitLab: artifacts only on success")
    after = "\n".join(gitlab["after_script"])
    expect("--request PUT" in after and "<!-- appmix diff -->" in after,
           "GitLab: the note is not found by its marker and edited")

    with open(os.path.join(root, "docs", "pre-commit.md"), encoding="utf-8") as f:
        precommit = f.read()
    config = next(b for b in yaml_blocks(precommit) if isinstance(b, dict) and "repos" in b)
    entry = config["repos"][0]
    rev = str(entry["rev"])
    expect(re.fullmatch(r"[0-9a-f]{40}", rev), f"pre-commit: rev {rev} is not a full commit id")
    shallow = subprocess.run(["git", "-C", root, "rev-parse", "--is-shallow-repository"],
                             capture_output=True, text=True)
    if shallow.returncode != 0 or shallow.stdout.strip() == "true":
        print("note: not a full git checkout; the pinned rev is not looked up")
    else:
        found = subprocess.run(["git", "-C", root, "cat-file", "-e", rev + "^{commit}"],
                               capture_output=True)
        expect(found.returncode == 0, f"pre-commit: rev {rev} is not a commit of this repository")
        shown = subprocess.run(["git", "-C", root, "show", rev + ":.pre-commit-hooks.yaml"],
                               capture_output=True)
        expect(shown.returncode == 0, f"pre-commit: rev {rev} has no .pre-commit-hooks.yaml")
    with open(os.path.join(root, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks_text = f.read()
    hook_ids = [hook["id"] for hook in yaml.safe_load(hooks_text)]
    for hook in entry["hooks"]:
        expect(hook["id"] in hook_ids, f"pre-commit: hook {hook['id']} is not declared")
    for hook_id in hook_ids:
        expect(f"`{hook_id}`" in precommit, f"pre-commit: docs/pre-commit.md omits {hook_id}")
    for cited in re.findall(r"docs/[\w.-]+\.md", hooks_text):
        expect(os.path.exists(os.path.join(root, cited)),
               f".pre-commit-hooks.yaml cites {cited}, which does not exist")

    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print("ok: the GitHub, GitLab and pre-commit recipes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
