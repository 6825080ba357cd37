// strata-measure: runs a command several times and reports its median wall time and peak memory.
//
//   strata-measure [--runs N] [--warmup W] [--stdout FILE] -- COMMAND [ARGS...]
//
// Prints one line: "runs=N median_ms=M min_ms=A max_ms=B median_cpu_ms=C max_rss_mb=R exit=E", where
// the CPU time (user + system) and the peak resident set size are the child's own (wait4's rusage), so
// the benchmark needs no /usr/bin/time and counts nothing of this runner. CPU time is the figure to
// trust on a busy machine, where wall time also measures the other processes. Output of the command goes to /dev/null unless --stdout names a file
// (the last run's output is kept there). Plain POSIX and C++, no Qt: the runner must stay out of the
// figures it takes.
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Sample
{
    double wallMs = 0;
    double cpuMs = 0;
    long maxRssKb = 0;
    int exitCode = 0;
};

int usage()
{
    std::fprintf(stderr, "usage: strata-measure [--runs N] [--warmup W] [--stdout FILE] -- COMMAND [ARGS...]\n");
    return 2;
}

bool runOnce(char **argv, const char *stdoutPath, Sample *sample)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("strata-measure: fork");
        return false;
    }
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(stdoutPath ? stdoutPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0)
            _exit(126);
        execvp(argv[0], argv);
        std::fprintf(stderr, "strata-measure: cannot run %s: %s\n", argv[0], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) {
        std::perror("strata-measure: wait4");
        return false;
    }
    const auto end = std::chrono::steady_clock::now();
    sample->wallMs = std::chrono::duration<double, std::milli>(end - start).count();
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    sample->cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    sample->maxRssKb = usage.ru_maxrss; // kilobytes on Linux
    sample->exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return true;
}

bool parseCount(const char *text, int minimum, int *out)
{
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (!end || *end || value < minimum || value > 1000)
        return false;
    *out = int(value);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 5;
    int warmup = 1;
    const char *stdoutPath = nullptr;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            ++i;
            break;
        }
        if (i + 1 >= argc)
            return usage();
        if (arg == "--runs") {
            if (!parseCount(argv[++i], 1, &runs))
                return usage();
        } else if (arg == "--warmup") {
            if (!parseCount(argv[++i], 0, &warmup))
                return usage();
        } else if (arg == "--stdout") {
            stdoutPath = argv[++i];
        } else {
            return usage();
        }
    }
    if (i >= argc)
        return usage();
    char **command = argv + i;

    // Unmeasured runs first: the file cache is warm for every measured one.
    for (int w = 0; w < warmup; ++w) {
        Sample ignored;
        if (!runOnce(command, stdoutPath, &ignored))
            return 1;
    }
    std::vector<Sample> samples(static_cast<size_t>(runs));
    for (Sample &s : samples) {
        if (!runOnce(command, stdoutPath, &s))
            return 1;
    }

    std::vector<double> times;
    std::vector<double> cpuTimes;
    long maxRssKb = 0;
    int exitCode = 0;
    for (const Sample &s : samples) {
        times.push_back(s.wallMs);
        cpuTimes.push_back(s.cpuMs);
        maxRssKb = std::max(maxRssKb, s.maxRssKb);
        exitCode = std::max(exitCode, s.exitCode);
    }
    const auto median = [](std::vector<double> &v) {
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    };
    const double wall = median(times);
    const double cpu = median(cpuTimes);
    std::printf("runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f median_cpu_ms=%.1f max_rss_mb=%.1f exit=%d\n", runs,
                wall, times.front(), times.back(), cpu, double(maxRssKb) / 1024.0, exitCode);
    return 0;
}
