class Point:
    def __init__(self):
        self.x = 1
Point().y_value = 2
print(Point().xx)
