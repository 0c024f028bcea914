"""Configuration of logging from dictionaries (Asobiba).

dictConfig follows CPython 3.11's schema (version 1): formatters, filters, handlers (by class
name or '()' factory, with 'ext://' references such as ext://sys.stdout), loggers, root,
disable_existing_loggers and incremental. fileConfig and listen need files and sockets and
raise NotImplementedError.
"""
import logging
import re
import sys

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """Imports the object named by a dotted path, such as 'logging.StreamHandler'."""
    try:
        parts = name.split('.')
        used = parts.pop(0)
        found = __import__(used)
        for n in parts:
            used = used + '.' + n
            try:
                found = getattr(found, n)
            except AttributeError:
                __import__(used)
                found = getattr(found, n)
        return found
    except ImportError as e:
        raise ValueError('Cannot resolve %r: %s' % (name, e)) from e


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig is not supported in Asobiba: "
                              "there is no file system")


def listen(port=0, verify=None):
    raise NotImplementedError("logging.config.listen is not supported in Asobiba")


def stopListening():
    raise NotImplementedError("logging.config.stopListening is not supported in Asobiba")


class DictConfigurator(object):
    """Applies a configuration dictionary to the logging module."""

    def __init__(self, config):
        self.config = config

    def _convert(self, value):
        if isinstance(value, str):
            if value.startswith('ext://'):
                return _resolve(value[6:])
            if value.startswith('cfg://'):
                return self._cfg(value[6:])
        return value

    def _cfg(self, path):
        d = self.config
        for part in re.findall(r'[^.\[\]]+', path):
            if isinstance(d, (list, tuple)):
                d = d[int(part)]
            else:
                d = d[part]
        return d

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            self._clear_existing_handlers()
            formatters = config.get('formatters', {})
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', {})
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e
            handlers = config.get('handlers', {})
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            root = logging.root
            existing = sorted(root.manager.loggerDict.keys())
            child_loggers = []
            loggers = config.get('loggers', {})
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    while i < len(existing):
                        if existing[i][:len(prefixed)] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            for log in existing:
                logger = root.manager.loggerDict[log]
                if log in child_loggers:
                    if not isinstance(logger, logging.PlaceHolder):
                        logger.setLevel(logging.NOTSET)
                        logger.handlers = []
                        logger.propagate = True
                elif not isinstance(logger, logging.PlaceHolder):
                    logger.disabled = disable_existing
            root_config = config.get('root', None)
            if root_config:
                try:
                    self.configure_root(root_config)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _clear_existing_handlers(self):
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = _resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self._convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        c = _resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        config_fmt = config.pop('formatter', None)
        formatter = None
        if config_fmt:
            try:
                formatter = self.config['formatters'][config_fmt]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % config_fmt) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            factory = c if callable(c) else _resolve(c)
        else:
            cname = config.pop('class')
            klass = _resolve(cname) if isinstance(cname, str) else cname
            if 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        raise TypeError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self._convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (version 1 of the schema)."""
    dictConfigClass(config).configure()
