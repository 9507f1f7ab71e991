"""The checks of the Python test scripts (viewer_test.py, python_client_test.py):
each failure is printed as it happens, and the closing line is the plain
"N passed, N failed" that CI reads."""
import sys

_failures = []
_checks = 0


def check(condition, what):
    global _checks
    _checks += 1
    if not condition:
        _failures.append(what)
        print("FAILED:", what, file=sys.stderr)


def summary():
    """Prints the closing line; the exit status (1 when a check failed)."""
    print(f"{_checks - len(_failures)} passed, {len(_failures)} failed")
    return 1 if _failures else 0
