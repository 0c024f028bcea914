"""asyncio.subprocess: the constants programs pass, and process creation, which a sandbox
cannot do: create_subprocess_exec and create_subprocess_shell raise NotImplementedError."""
__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


class Process:
    """The class of the processes create_subprocess_* would return."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('subprocesses are not supported in Asobiba')


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=None, **kwds):
    """Not available: Asobiba runs in a sandbox without processes."""
    raise NotImplementedError('subprocesses are not supported in Asobiba '
                              '(asyncio.create_subprocess_exec)')


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=None, **kwds):
    """Not available: Asobiba runs in a sandbox without processes."""
    raise NotImplementedError('subprocesses are not supported in Asobiba '
                              '(asyncio.create_subprocess_shell)')
