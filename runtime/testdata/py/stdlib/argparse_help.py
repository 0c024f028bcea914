import argparse
parser = argparse.ArgumentParser(prog="backup", description="Back up files to a destination folder, optionally compressing them and keeping a number of old copies around.", epilog="Example: backup src dst --keep 3")
parser.add_argument("source", help="folder to back up")
parser.add_argument("dest", nargs="?", default="out", help="where the copies go")
parser.add_argument("--keep", type=int, default=5, metavar="N", help="number of old backups to keep around before deleting the oldest ones automatically")
parser.add_argument("--compress", action=argparse.BooleanOptionalAction, default=False, help="gzip the files")
parser.add_argument("--level", type=int, choices=range(1, 4), default=2)
parser.add_argument("--exclude", nargs="+", default=[])
parser.add_argument("--version", action="version", version="%(prog)s 1.0")
grp = parser.add_argument_group("advanced", "Tuning knobs.")
grp.add_argument("--threads", type=int, default=1)
parser.print_help()
print(parser.parse_args(["src"]))
print(parser.parse_args(["src", "dst", "--keep", "2", "--no-compress", "--exclude", "a", "b", "--threads=4"]))
print(parser.parse_args(["--compress", "s", "--level", "3"]))
for bad in [["src", "--level", "9"], ["src", "--keep"], ["src", "--exclude"], ["--version"]]:
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
