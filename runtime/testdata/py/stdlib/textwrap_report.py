import textwrap

paragraph = ("Asobiba runs Python programs in the browser with a virtual clock, so that asyncio "
             "programs finish instantly while still showing exactly when each event happened.")
print(textwrap.fill(paragraph, width=50))
print()
print(textwrap.fill(paragraph, width=60, initial_indent="Note: ", subsequent_indent="      "))
print()
for line in textwrap.wrap(paragraph, width=30, max_lines=3, placeholder=" …"):
    print(f"| {line:<30} |")
usage = """\
    usage: tool [options]

      -h    show help
      -v    verbose
    """
print(textwrap.dedent(usage))
print(textwrap.indent(textwrap.dedent(usage), "    # ").rstrip())
table = [("name", "a long description that wraps around"), ("x", "short")]
for key, desc in table:
    lines = textwrap.wrap(desc, 16) or [""]
    print(f"{key:<6}{lines[0]}")
    for extra in lines[1:]:
        print(" " * 6 + extra)
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
