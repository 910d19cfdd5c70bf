"""Refresh the README's example output blocks from real runs, so the README stays true.

Each block between `<!-- run: COMMAND -->` and `<!-- end -->` is replaced by the output of COMMAND
(run in the repository root with the venv's newsgraph first on PATH).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- run: (?P<command>.+?) -->\n)(?P<body>.*?)(<!-- end -->)", re.DOTALL)


def main() -> None:
    readme = ROOT / "README.md"
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    def run(match: re.Match[str]) -> str:
        command = match.group("command")
        result = subprocess.run(command, shell=True, cwd=ROOT, env=environment, capture_output=True, text=True)
        output = (result.stdout + result.stderr).rstrip()
        return f"{match.group(1)}```\n$ {command}\n{output}\n```\n{match.group(4)}"

    readme.write_text(BLOCK.sub(run, readme.read_text()))
    print("README.md examples refreshed")


if __name__ == "__main__":
    main()
