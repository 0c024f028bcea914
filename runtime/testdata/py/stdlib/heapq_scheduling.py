import heapq
from bisect import bisect_left, insort

graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}

def dijkstra(start):
    dist = {start: 0}
    queue = [(0, start)]
    order = []
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        order.append(node)
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dist, order
print(dijkstra("A"))

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = 0
    def add(self, priority, name):
        heapq.heappush(self.queue, (priority, self.counter, name))
        self.counter += 1
    def run(self):
        while self.queue:
            priority, _, name = heapq.heappop(self.queue)
            yield f"{priority}:{name}"
s = Scheduler()
for p, n in [(2, "b"), (1, "a"), (2, "c"), (0, "z"), (1, "d")]:
    s.add(p, n)
print(list(s.run()))
stream = [5, 1, 9, 3, 7, 2, 8]
top3 = []
for x in stream:
    if len(top3) < 3:
        heapq.heappush(top3, x)
    else:
        heapq.heappushpop(top3, x)
print(sorted(top3, reverse=True), heapq.nlargest(3, stream))
scores = []
for x in [50, 20, 80, 20, 65]:
    insort(scores, x)
print(scores, bisect_left(scores, 20), scores[bisect_left(scores, 60):])
