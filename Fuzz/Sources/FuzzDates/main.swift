import FuzzDriver

runFuzzer { data, size in fuzzDates(data, size) }
