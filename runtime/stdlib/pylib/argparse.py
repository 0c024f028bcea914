"""Command-line option parsing: ArgumentParser with the common actions, nargs, types,
choices, defaults, mutually exclusive groups, usage and help text, and CPython's error
messages (printed with the usage line; exit status 2). Subparsers are not provided.
"""

import os as _os
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType",
           "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL",
           "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE", "BooleanOptionalAction"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        type_name = type(self).__name__
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append("**%s" % repr(star_args))
        return "%s(%s)" % (type_name, ", ".join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            format = "%(message)s"
        else:
            format = "argument %(argument_name)s: %(message)s"
        return format % dict(message=self.message, argument_name=self.argument_name)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(argument):
    if argument is None:
        return None
    elif argument.option_strings:
        return "/".join(argument.option_strings)
    elif argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    elif argument.dest not in (None, SUPPRESS):
        return argument.dest
    elif argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        super().__init__(_option_strings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


_ACTIONS = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
            "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
            "append": _AppendAction, "append_const": _AppendConstAction, "count": _CountAction,
            "help": _HelpAction, "version": _VersionAction, "extend": _ExtendAction}


class HelpFormatter:
    """Lays out usage and help text (CPython's layout for the common cases)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._parts = []

    def _fill_text(self, text, width, indent):
        import re
        import textwrap
        text = re.sub(r"\s+", " ", text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import re
        import textwrap
        text = re.sub(r"\s+", " ", text).strip()
        return textwrap.wrap(text, width)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            if "%(prog)" in text:
                text = text % dict(prog=self._prog)
            self._parts.append(self._fill_text(text, self._width, "") + "\n")

    def format_help(self):
        help = "\n".join(self._parts)
        return help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


class _MutuallyExclusiveGroup:
    def __init__(self, container, required=False):
        self._container = container
        self.required = required
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        return action


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, _group=self, **kwargs)
        return action

    def add_mutually_exclusive_group(self, **kwargs):
        return self._container.add_mutually_exclusive_group(**kwargs)


class ArgumentParser:
    """Parses command-line arguments into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "prog"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._mutex_groups = []
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._groups = [self._positionals, self._optionals]
        if add_help:
            self.add_argument(prefix_chars[0] + "h", prefix_chars[0] * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action, None)
            self._defaults.update(parent._defaults)

    def add_argument(self, *args, _group=None, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][:1] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.pop("dest")
            option_strings = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = list(args)
            for s in option_strings:
                if s[:1] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (s, chars))
            dest = kwargs.pop("dest", None)
            if dest is None:
                long_opts = [s for s in option_strings if len(s) > 1 and s[1] in chars]
                dest = (long_opts or option_strings)[0].lstrip(chars).replace("-", "_")
        if "default" not in kwargs:
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, str) \
            or action_name is None else action_name
        if not callable(action_class):
            raise ValueError("unknown action %r" % (action_name,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(option_strings=option_strings, dest=dest, **kwargs)
        return self._add_action(action, _group)

    def _add_action(self, action, group):
        for s in action.option_strings:
            for other in self._actions:
                if s in other.option_strings:
                    raise ArgumentError(action, "conflicting option string: %s" % s)
        self._actions.append(action)
        if group is None:
            group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._mutex_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        raise NotImplementedError("argparse subparsers are not supported in Asobiba")

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            msg = "unrecognized arguments: %s"
            self.error(msg % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, args = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, args

    def _match_option(self, arg):
        if arg in self._option_map():
            return self._option_map()[arg], arg, None
        if "=" in arg:
            opt, value = arg.split("=", 1)
            if opt in self._option_map():
                return self._option_map()[opt], opt, value
        if len(arg) > 2 and arg[1] not in self.prefix_chars:
            short = arg[:2]
            if short in self._option_map():
                return self._option_map()[short], short, arg[2:]
        if self.allow_abbrev and arg.startswith(self.prefix_chars[0] * 2):
            opt = arg.split("=", 1)[0]
            matches = [s for s in self._option_map() if s.startswith(opt) and len(s) > 2 and
                       s[1] in self.prefix_chars]
            if len(matches) == 1:
                value = arg.split("=", 1)[1] if "=" in arg else None
                return self._option_map()[matches[0]], matches[0], value
            if len(matches) > 1:
                self.error("ambiguous option: %s could match %s" % (opt, ", ".join(matches)))
        return None

    def _option_map(self):
        m = {}
        for action in self._actions:
            for s in action.option_strings:
                m[s] = action
        return m

    def _is_option(self, arg):
        return (arg[:1] in self.prefix_chars and arg not in ("-",) and
                not _looks_negative_number(arg, self))

    def _parse(self, args, namespace):
        extras = []
        positionals = []
        seen = set()
        seen_non_default = set()
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                positionals.extend(args[i + 1:])
                break
            if self._is_option(arg):
                match = self._match_option(arg)
                if match is None:
                    extras.append(arg)
                    i += 1
                    continue
                action, option_string, explicit = match
                i += 1
                nargs = action.nargs
                if nargs == 0:
                    if explicit is not None:
                        if isinstance(action, (_StoreConstAction, _CountAction,
                                               _AppendConstAction)) and \
                                len(option_string) == 2 and option_string[1] not in \
                                self.prefix_chars:
                            args.insert(i, self.prefix_chars[0] + explicit)
                        else:
                            raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                    values = []
                    self._take(action, namespace, values, option_string, seen, seen_non_default)
                    continue
                if explicit is not None:
                    values = [explicit]
                    if nargs in (ONE_OR_MORE, ZERO_OR_MORE):
                        while i < len(args) and not self._is_option(args[i]):
                            values.append(args[i])
                            i += 1
                else:
                    values = []
                    want = _nargs_count(nargs)
                    while i < len(args) and not self._is_option(args[i]) and args[i] != "--" \
                            and (want is None or len(values) < want):
                        values.append(args[i])
                        i += 1
                self._check_count(action, values)
                self._take(action, namespace, self._convert(action, values), option_string,
                           seen, seen_non_default)
                continue
            positionals.append(arg)
            i += 1
        pos_actions = [a for a in self._actions if not a.option_strings]
        positionals = self._consume_positionals(pos_actions, positionals, namespace, seen,
                                                seen_non_default)
        extras.extend(positionals)
        required = [_get_action_name(a) for a in self._actions
                    if a.required and a not in seen]
        if required:
            self.error("the following arguments are required: %s" % ", ".join(required))
        for group in self._mutex_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error("one of the arguments %s is required" % " ".join(names))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and \
                    hasattr(namespace, action.dest) and \
                    getattr(namespace, action.dest) is action.default:
                setattr(namespace, action.dest, self._get_value(action, action.default))
        return namespace, extras

    def _consume_positionals(self, actions, strings, namespace, seen, seen_non_default):
        counts = []
        remaining = len(strings)
        for idx, action in enumerate(actions):
            later_min = sum(_nargs_min(a.nargs) for a in actions[idx + 1:])
            n = _nargs_count(action.nargs)
            if n is None:
                available = remaining - later_min
                if action.nargs == OPTIONAL:
                    n = 1 if available >= 1 else 0
                elif action.nargs == ONE_OR_MORE:
                    n = max(available, 0)
                    if n < 1:
                        n = 0
                else:
                    n = max(available, 0)
            elif n > remaining:
                n = remaining if n == 1 and remaining == 0 else min(n, remaining)
            counts.append(n)
            remaining -= n
        pos = 0
        for action, n in zip(actions, counts):
            values = strings[pos:pos + n]
            pos += n
            if not values and action.required and action.nargs not in (ZERO_OR_MORE,):
                continue
            if action.nargs == ONE_OR_MORE and not values:
                continue
            if isinstance(action.nargs, int) and len(values) < action.nargs:
                continue
            if action.nargs is None and not values:
                continue
            converted = self._convert(action, values)
            if not values and action.nargs == OPTIONAL:
                converted = action.default
                if isinstance(converted, str):
                    converted = self._get_value(action, converted)
                self._check_choice(action, converted) if converted is not None and \
                    action.choices is not None and False else None
            elif not values and action.nargs == ZERO_OR_MORE:
                converted = action.default if action.default is not None else []
            self._take(action, namespace, converted, None, seen, seen_non_default)
        return strings[pos:]

    def _check_count(self, action, values):
        nargs = action.nargs
        if nargs is None and len(values) != 1:
            raise ArgumentError(action, "expected one argument")
        if nargs == ONE_OR_MORE and not values:
            raise ArgumentError(action, "expected at least one argument")
        if isinstance(nargs, int) and len(values) != nargs:
            raise ArgumentError(action, "expected %d argument%s" % (nargs, "s" if nargs != 1
                                                                      else ""))

    def _convert(self, action, values):
        if action.nargs is None or (action.nargs == OPTIONAL and len(values) == 1):
            if not values:
                return action.const if action.nargs == OPTIONAL else None
            value = self._get_value(action, values[0])
            self._check_choice(action, value)
            return value
        if action.nargs == OPTIONAL and not values:
            return action.const
        result = [self._get_value(action, v) for v in values]
        for v in result:
            self._check_choice(action, v)
        return result

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        if isinstance(type_func, str):
            raise ValueError("%r is not callable" % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {"value": value, "choices": ", ".join(map(repr, action.choices))}
            msg = "invalid choice: %(value)r (choose from %(choices)s)"
            raise ArgumentError(action, msg % args)

    def _take(self, action, namespace, values, option_string, seen, seen_non_default):
        seen.add(action)
        if values is not action.default:
            seen_non_default.add(action)
            for group in self._mutex_groups:
                if action in group._group_actions:
                    for other in group._group_actions:
                        if other is not action and other in seen_non_default:
                            raise ArgumentError(action, "not allowed with argument %s"
                                                % _get_action_name(other))
        action(self, namespace, values, option_string)

    def _metavar(self, action, default):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return "{" + ",".join(map(str, action.choices)) + "}"
        return default

    def _format_args(self, action, default_metavar):
        m = self._metavar(action, default_metavar)
        if isinstance(m, tuple):
            metavars = m
        else:
            metavars = (m,) * (action.nargs if isinstance(action.nargs, int) else 2)
        nargs = action.nargs
        if nargs is None:
            return "%s" % metavars[0]
        if nargs == OPTIONAL:
            return "[%s]" % metavars[0]
        if nargs == ZERO_OR_MORE:
            return "[%s ...]" % metavars[0]
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % metavars[:2]
        if nargs == REMAINDER:
            return "..."
        if nargs == SUPPRESS:
            return ""
        return " ".join(metavars[:nargs])

    def _usage_part(self, action):
        if action.option_strings:
            if action.nargs == 0:
                part = action.format_usage()
            else:
                part = "%s %s" % (action.option_strings[0],
                                  self._format_args(action, action.dest.upper()))
            if not action.required:
                part = "[%s]" % part
            return part
        return self._format_args(action, action.dest)

    def format_usage(self):
        return self._usage_text() + "\n"

    def _usage_text(self):
        prefix = "usage: "
        if self.usage is not None:
            return prefix + (self.usage % dict(prog=self.prog))
        optionals = [a for a in self._actions if a.option_strings and a.help is not SUPPRESS]
        positionals = [a for a in self._actions if not a.option_strings and
                       a.help is not SUPPRESS]
        in_group = {}
        for group in self._mutex_groups:
            for a in group._group_actions:
                in_group[a] = group
        done = set()

        def parts_of(actions):
            parts = []
            for a in actions:
                group = in_group.get(a)
                if group is None:
                    part = self._usage_part(a)
                    if not a.option_strings and a.nargs == ONE_OR_MORE:
                        parts.extend(part.split(" ", 1))
                    elif part:
                        parts.append(part)
                elif group not in done:
                    done.add(group)
                    inner = []
                    for g in group._group_actions:
                        p = self._usage_part(g)
                        if p.startswith("[") and p.endswith("]") and not g.required:
                            p = p[1:-1]
                        inner.append(p)
                    parts.append(("(%s)" if group.required else "[%s]") % " | ".join(inner))
            return parts

        opt_parts = parts_of(optionals)
        pos_parts = parts_of(positionals)
        prog = self.prog
        usage = " ".join([prog] + opt_parts + pos_parts)
        text_width = self._get_formatter()._width
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            indent_length = len(indent)
            line_len = len(prefix) - 1 if prefix is not None else indent_length - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    line_len = indent_length - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return prefix + "\n".join(lines)

    def _invocation(self, action):
        if not action.option_strings:
            m = self._metavar(action, action.dest)
            return m if not isinstance(m, tuple) else " ".join(m)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args_string = self._format_args(action, action.dest.upper())
        return ", ".join("%s %s" % (s, args_string) for s in action.option_strings)

    def _expand_help(self, action):
        formatter = self.formatter_class(self.prog)
        if hasattr(formatter, "_get_help_string"):
            help = formatter._get_help_string(action)
        else:
            help = action.help
        params = dict(vars(action), prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return help % params

    def format_help(self):
        formatter = self.formatter_class(self.prog)
        width = formatter._width
        out = [self._usage_text(), ""]
        if self.description:
            out.append(formatter._fill_text(self.description, width, ""))
            out.append("")
        actions = [a for a in self._actions if a.help is not SUPPRESS]
        invocations = [self._invocation(a) for a in actions]
        max_len = max([len(i) + 4 for i in invocations] + [0])
        help_position = min(max_len, formatter._max_help_position)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        for group in self._groups:
            group_actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not group_actions and group in (self._positionals, self._optionals):
                continue
            out.append("%s:" % group.title)
            if group.description:
                out.append(formatter._fill_text(group.description, width, "  "))
                out.append("")
            for action in group_actions:
                inv = self._invocation(action)
                if action.help:
                    lines = formatter._split_lines(self._expand_help(action), help_width)
                else:
                    lines = []
                if not lines:
                    out.append("  " + inv)
                elif len(inv) <= action_width:
                    out.append("  " + inv.ljust(action_width) + "  " + lines[0])
                    lines = lines[1:]
                else:
                    out.append("  " + inv)
                for line in lines:
                    out.append(" " * help_position + line)
            out.append("")
        if self.epilog:
            out.append(formatter._fill_text(self.epilog, width, ""))
            out.append("")
        text = "\n".join(out)
        return text.rstrip("\n") + "\n"

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            file.write(message)

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and message to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        args = {"prog": self.prog, "message": message}
        self.exit(2, "%(prog)s: error: %(message)s\n" % args)


def _looks_negative_number(arg, parser):
    if arg[:1] != "-":
        return False
    try:
        float(arg)
    except ValueError:
        return False
    return not any(s[1:2].isdigit() for a in parser._actions for s in a.option_strings)


def _nargs_count(nargs):
    if nargs is None:
        return 1
    if isinstance(nargs, int):
        return nargs
    return None


def _nargs_min(nargs):
    if nargs is None or nargs == ONE_OR_MORE:
        return 1
    if isinstance(nargs, int):
        return nargs
    return 0
