#!/usr/bin/env python3
"""Lists functions longer than N lines (default 120) in the project's C++ sources:
top-level definitions and members defined in a class body. A long function must
say at its top why it is long (a comment line containing 'Long because')."""
import re, subprocess, sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 120
files = subprocess.run(['git', 'ls-files', '*.cc', '*.h'], capture_output=True, text=True).stdout.split()
sig = re.compile(r'^( {0,2})(?!//|#|namespace|class|struct|enum|if|for|while|switch|return|case|else)[A-Za-z_~].*\)( const)?( override)?( noexcept)? \{$')
for f in files:
    if f.startswith('tests/data'): continue
    lines = open(f, encoding='utf-8').read().split('\n')
    for i, line in enumerate(lines):
        m = sig.match(line)
        if not m or '[' in line: continue  # a lambda, not a definition
        # find the closing brace at the same indent
        close = m.group(1) + '}'
        for j in range(i + 1, len(lines)):
            if lines[j] == close:
                break
        else:
            continue
        n = j - i + 1
        if n > limit:
            head = '\n'.join(lines[max(0, i - 6):i + 4])
            reason = 'Long because' in head
            print(f'{f}:{i+1}: {n} lines{"" if not reason else " (reason given)"}: {line.strip()[:80]}')
