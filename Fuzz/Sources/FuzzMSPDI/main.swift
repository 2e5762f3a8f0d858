import FuzzDriver

runFuzzer { data, size in fuzzMSPDI(data, size) }
