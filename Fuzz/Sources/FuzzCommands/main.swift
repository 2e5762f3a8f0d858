import FuzzDriver

runFuzzer { data, size in fuzzCommands(data, size) }
