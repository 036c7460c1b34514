"""The bundle recipe and scripts stay well-formed (building the bundle itself: packaging/check-bundle.sh)."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

from timeline_app import APP_ID

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"


@pytest.mark.parametrize("script", ["build-bundle.sh", "check-bundle.sh", "dev.sh"])
def test_shell_scripts_parse(script: str) -> None:
    sh = shutil.which("sh")
    assert sh is not None
    out = subprocess.run([sh, "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_spec_is_windowed_one_folder_and_uses_the_app_id() -> None:
    spec = (PACKAGING / "chronicle.spec").read_text(encoding="utf-8")
    calls = {
        node.func.id: {kw.arg: kw.value for kw in node.keywords}
        for node in ast.walk(ast.parse(spec))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    exe = calls["EXE"]
    assert ast.literal_eval(exe["console"]) is False
    assert ast.literal_eval(exe["upx"]) is False
    assert ast.literal_eval(exe["exclude_binaries"]) is True  # one folder: binaries go to COLLECT
    assert "COLLECT" in calls
    assert ast.unparse(calls["BUNDLE"]["bundle_identifier"]) == "APP_ID"
    assert f"{APP_ID}" not in spec  # taken from timeline_app, never spelled twice
    assert '"timeline_app/resources/samples"' in spec and '"timeline_app/resources/icons"' in spec
