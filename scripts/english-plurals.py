#!/usr/bin/env python3
"""Fills the English plural forms of translations/strata_en.ts that lupdate left unfinished.

English is the source language, so strata_en.ts holds only the messages with %n. Their source
spells the plural as "word(s)" ("%n table(s)"); the singular drops "(s)", the plural keeps the "s".
Forms already written by hand are kept.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/strata_en.ts"
text = open(path, encoding="utf-8").read()

# A source, its comments if any, then an unfinished translation: never across a </message>.
message = re.compile(r'(<source>(?P<source>[^<]*)</source>\s*'
                     r'(?:<(?:comment|extracomment|translatorcomment)>[^<]*</\w+>\s*)*)'
                     r'<translation type="unfinished">(?P<body>.*?)</translation>', re.S)


def forms(source):
    singular = re.sub(r"(\w)\(s\)", r"\1", source)
    singular = singular.replace("(es)", "")
    plural = re.sub(r"(\w)\(s\)", r"\1s", source)
    plural = plural.replace("(es)", "es")
    return singular, plural


def fill(match):
    singular, plural = forms(match.group("source"))
    indent = "                "
    body = (f"\n{indent}<numerusform>{singular}</numerusform>\n"
            f"{indent}<numerusform>{plural}</numerusform>\n            ")
    return f'{match.group(1)}<translation>{body}</translation>'


text, count = message.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"{path}: {count} English plural message(s) filled")
