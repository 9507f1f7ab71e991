#!/usr/bin/env python3
"""Lists functions longer than N lines (default 120) in the project's C++ sources:
top-level definitions and members defined in a class body, their signature on
one line or several. A long function must say at its top why it is long (a
comment line containing 'Long because')."""
import re, subprocess, sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 120
files = subprocess.run(['git', 'ls-files', '*.cc', '*.h'], capture_output=True, text=True).stdout.split()
# The first line of a definition: an identifier at indent 0 or 2 that is no
# keyword; it ends the signature with ') {' or goes on over more lines.
start = re.compile(r'^( {0,2})(?!//|#|namespace|class|struct|enum|if|for|while|switch|return|case|else)[A-Za-z_~]')
end = re.compile(r'\)( const)?( override)?( noexcept)? \{$')
for f in files:
    if f.startswith('tests/data'): continue
    lines = open(f, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        m = start.match(line)
        if not m or (line.rstrip().endswith((';', '}')) and not end.search(line)):
            i += 1
            continue
        # The signature's last line: this one, or a deeper-indented continuation.
        last = i
        while not end.search(lines[last]) and last + 1 < len(lines) and \
                re.match(r'^' + m.group(1) + r' {2,}\S', lines[last + 1]) and \
                not lines[last].rstrip().endswith((';', '{', '}')):
            last += 1
        if not end.search(lines[last]) or '[' in line:  # a lambda, not a definition
            i += 1
            continue
        # find the closing brace at the same indent
        close = m.group(1) + '}'
        for j in range(last + 1, len(lines)):
            if lines[j] == close:
                break
        else:
            i += 1
            continue
        n = j - i + 1
        if n > limit:
            head = '\n'.join(lines[max(0, i - 6):i + 4])
            reason = 'Long because' in head
            print(f'{f}:{i+1}: {n} lines{"" if not reason else " (reason given)"}: {line.strip()[:80]}')
        i += 1
