class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def describe():
        return "temperature"

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.describe(), t.describe(), Temperature.from_f(212).celsius)
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.__dict__["describe"]).__name__, type(Temperature.celsius).__name__)
