
target