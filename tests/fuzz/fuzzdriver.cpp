// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A small, deterministic mutation fuzzer for the LLVMFuzzerTestOneInput
// targets beside it, so that they run with the project's own compiler.
//
//   fuzz_<target> [--seconds N] [--runs N] [--seed S] [--max-len N] CORPUS...
//
// Every corpus file (folders are read recursively) is run as it is, then
// mutated inputs (bit flips, byte changes, insertions, deletions, repeated
// or spliced chunks, "interesting" numbers and JSON/XML tokens) until the
// time or run limit. A crash or a sanitizer report ends the process with the
// input saved as crash-<hash>; otherwise it prints how many inputs it ran.
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<uint8_t> *current = nullptr;

void saveCurrent()
{
    if (!current)
        return;
    uint64_t h = 1469598103934665603ull;
    for (uint8_t b : *current)
        h = (h ^ b) * 1099511628211ull;
    char name[64];
    std::snprintf(name, sizeof name, "crash-%016llx", static_cast<unsigned long long>(h));
    std::ofstream(name, std::ios::binary).write(reinterpret_cast<const char *>(current->data()),
                                                std::streamsize(current->size()));
    std::fprintf(stderr, "input saved as %s\n", name);
}

// A crash without a sanitizer report (abort, segfault): keep the input,
// then die of the same signal. Not async-signal-safe, which is acceptable
// for a process that is dying anyway.
void onFatalSignal(int signal)
{
    saveCurrent();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Sanitizers call this before aborting: keep the input that did it.
extern "C" void __sanitizer_set_death_callback(void (*)()) __attribute__((weak));

const char *const tokens[] = {
    "[", "]", "{", "}", ",", ":", "\"", "null", "true", "false", "NaN", "-1", "1e308", "-0", "0.0", "\\u0000",
    "\"startTime\"", "\"endTime\"", "\"displayedSoc\"", "\"displayedStartSoc\"", "\"energyIncreaseHvbKwh\"",
    "\"energyConsumedFromPowerGridKwh\"", "\"chargingBlocks\"", "\"mileage\"", "\"mileageUnits\"", "\"data\"",
    "<telematicValue>", "</telematicValue>", "<value>", "</value>", "<customerArchiveContent", "&amp;", "<![CDATA[",
    "PK\x03\x04", "PK\x01\x02", "PK\x05\x06",
};
const int64_t interesting[] = {0, 1, -1, 127, 128, 255, 256, 32767, 65535, 2147483647LL, -2147483648LL,
                               4294967295LL, 9007199254740993LL};

void mutate(std::vector<uint8_t> &d, std::mt19937_64 &rng, const std::vector<std::vector<uint8_t>> &corpus,
            size_t maxLen)
{
    std::uniform_int_distribution<int> pick(0, 8);
    const int rounds = 1 + int(rng() % 4);
    for (int r = 0; r < rounds; ++r) {
        const size_t n = d.size();
        switch (pick(rng)) {
        case 0: // flip a bit
            if (n)
                d[rng() % n] ^= uint8_t(1u << (rng() % 8));
            break;
        case 1: // set a byte
            if (n)
                d[rng() % n] = uint8_t(rng());
            break;
        case 2: // delete a range
            if (n) {
                const size_t at = rng() % n;
                const size_t len = 1 + rng() % std::min<size_t>(n - at, 64);
                d.erase(d.begin() + long(at), d.begin() + long(at + len));
            }
            break;
        case 3: { // insert random bytes
            const size_t at = n ? rng() % (n + 1) : 0;
            const size_t len = 1 + rng() % 16;
            for (size_t i = 0; i < len; ++i)
                d.insert(d.begin() + long(at), uint8_t(rng()));
            break;
        }
        case 4: { // insert a token
            const char *t = tokens[rng() % (sizeof tokens / sizeof *tokens)];
            const size_t at = n ? rng() % (n + 1) : 0;
            d.insert(d.begin() + long(at), t, t + std::strlen(t));
            break;
        }
        case 5: { // write an interesting number as text
            const std::string s = std::to_string(interesting[rng() % (sizeof interesting / sizeof *interesting)]);
            const size_t at = n ? rng() % (n + 1) : 0;
            d.insert(d.begin() + long(at), s.begin(), s.end());
            break;
        }
        case 6: // repeat a chunk
            if (n) {
                const size_t at = rng() % n;
                const size_t len = 1 + rng() % std::min<size_t>(n - at, 256);
                std::vector<uint8_t> chunk(d.begin() + long(at), d.begin() + long(at + len));
                d.insert(d.begin() + long(rng() % (d.size() + 1)), chunk.begin(), chunk.end());
            }
            break;
        case 7: // splice with another corpus entry
            if (!corpus.empty()) {
                const auto &other = corpus[rng() % corpus.size()];
                if (!other.empty()) {
                    const size_t from = rng() % other.size();
                    const size_t len = 1 + rng() % std::min<size_t>(other.size() - from, 512);
                    const size_t at = n ? rng() % (n + 1) : 0;
                    d.insert(d.begin() + long(at), other.begin() + long(from), other.begin() + long(from + len));
                }
            }
            break;
        default: // truncate
            if (n)
                d.resize(rng() % n);
            break;
        }
        if (d.size() > maxLen)
            d.resize(maxLen);
    }
}

void readCorpus(const std::filesystem::path &p, std::vector<std::vector<uint8_t>> &out)
{
    if (std::filesystem::is_directory(p)) {
        std::vector<std::filesystem::path> files;
        for (const auto &e : std::filesystem::recursive_directory_iterator(p)) {
            if (e.is_regular_file())
                files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto &f : files)
            readCorpus(f, out);
        return;
    }
    std::ifstream in(p, std::ios::binary);
    out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 10;
    long long runs = -1;
    uint64_t seed = 1;
    size_t maxLen = 1 << 20;
    std::vector<std::vector<uint8_t>> corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--seconds" && i + 1 < argc)
            seconds = std::stod(argv[++i]);
        else if (a == "--runs" && i + 1 < argc)
            runs = std::stoll(argv[++i]);
        else if (a == "--seed" && i + 1 < argc)
            seed = std::stoull(argv[++i]);
        else if (a == "--max-len" && i + 1 < argc)
            maxLen = size_t(std::stoull(argv[++i]));
        else
            readCorpus(a, corpus);
    }
    if (corpus.empty())
        corpus.push_back({});
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(saveCurrent);
    for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onFatalSignal);

    std::vector<uint8_t> input;
    current = &input;
    long long done = 0;
    for (const auto &c : corpus) {
        input = c;
        LLVMFuzzerTestOneInput(input.data(), input.size());
        ++done;
    }
    std::mt19937_64 rng(seed);
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while ((runs < 0 || done < runs) && std::chrono::steady_clock::now() < end) {
        input = corpus[rng() % corpus.size()];
        mutate(input, rng, corpus, maxLen);
        LLVMFuzzerTestOneInput(input.data(), input.size());
        ++done;
    }
    std::printf("%lld inputs, no crash (seed %llu)\n", done, static_cast<unsigned long long>(seed));
    return 0;
}
