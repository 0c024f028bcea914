# argparse help and usage text: sections, wrapping, metavars, groups, subcommands, version.
import argparse

parser = argparse.ArgumentParser(
    prog="frobnicate",
    description="Frobnicate the widgets in the given files, with many options that make the description long enough to wrap.",
    epilog="See the manual for more.")
parser.add_argument("files", nargs="*", help="files to process")
parser.add_argument("output", help="where results go")
parser.add_argument("-c", "--count", type=int, default=3, help="how many times (default: %(default)s)")
parser.add_argument("--mode", choices=["fast", "slow", "careful"], help="mode: one of %(choices)s")
parser.add_argument("--very-long-option-name-here", metavar="VALUE",
                    help="an option whose name pushes its help to the next line")
parser.add_argument("--pair", nargs=2, metavar=("A", "B"))
parser.add_argument("--maybe", nargs="?")
parser.add_argument("--many", nargs="+")
parser.add_argument("--hidden", help=argparse.SUPPRESS)
parser.add_argument("--version", action="version", version="%(prog)s 1.2.3")
group = parser.add_argument_group("network", "Options about the network.")
group.add_argument("--host", default="localhost")
group.add_argument("--port", type=int)
mx = parser.add_mutually_exclusive_group()
mx.add_argument("--quiet", action="store_true")
mx.add_argument("--loud", action="store_true")
parser.print_help()
print("---")
parser.print_usage()
print(parser.format_usage() == parser.format_help().split("\n\n")[0] + "\n\n")
try:
    parser.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)

sub = argparse.ArgumentParser(prog="tool", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
sub.add_argument("--level", type=int, default=1, help="the level")
sub.add_argument("--flag", action=argparse.BooleanOptionalAction, default=False, help="toggle")
subs = sub.add_subparsers(title="commands", dest="cmd", help="what to do")
run = subs.add_parser("run", help="run it", description="Run the thing.")
run.add_argument("target")
subs.add_parser("stop", help="stop it")
sub.print_help()
print("---")
run.print_help()
print("---")
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="line one\n  indented line two\n\nparagraph", add_help=False)
raw.add_argument("x", help="the x")
raw.print_help()
print("---")
tiny = argparse.ArgumentParser(prog="t", usage="%(prog)s [options] things")
tiny.print_help()
big = argparse.ArgumentParser(prog="a-program-with-quite-a-long-name")
for i in range(12):
    big.add_argument(f"--option{i}", metavar=f"VALUE{i}")
big.add_argument("first")
big.add_argument("second", nargs="+")
big.print_usage()
