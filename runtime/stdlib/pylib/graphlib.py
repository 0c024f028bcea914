"""Topological sorting of graphs (Asobiba).

TopologicalSorter takes nodes with their predecessors and hands them out in an order where
every node comes after all of its predecessors, either all at once (static_order) or batch
by batch as the caller reports nodes done (prepare, get_ready, done, is_active). A cycle
raises CycleError with the cycle found, in CPython's order.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = 'node', 'npredecessors', 'successors'

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0  # or _PASSED_OUT / _DONE once handed out / finished
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the cycle's nodes,
    the first and last being the same."""


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, which must come after each of predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freezes the graph and checks it for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Returns a tuple of the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _PASSED_OUT
        self._ready.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Reports whether more nodes can be handed out or are still being processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes returned by get_ready as processed, readying their successors."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, nodes in insertion order; a node met
        # again while still on the path closes a cycle.
        nodes = self._nodes
        path = []
        iters = []
        seen = set()
        on_path = {}
        for start in nodes:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(nodes[node].successors))
                    on_path[node] = len(path)
                    path.append(node)
                while path:
                    nxt = next(iters[-1], _END)
                    if nxt is not _END:
                        node = nxt
                        break
                    del on_path[path.pop()]
                    iters.pop()
                else:
                    break
        return None

    def static_order(self):
        """Yields every node in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        return cls


_END = object()
