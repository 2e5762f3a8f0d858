import FuzzDriver

runFuzzer { data, size in fuzzSessionFile(data, size) }
