// Runs a fuzz harness over files, without libFuzzer: the ordinary (g++) build links every harness
// with this main, and ctest replays the committed corpus and the regressions of each target on
// every run. Arguments are files or folders (every regular file below a folder, in name order,
// hidden files skipped); a missing folder is skipped, but replaying nothing at all is a failure,
// since a test that ran no input proves nothing.

#include "FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool isHidden(const fs::path &path)
{
    return path.filename().string().starts_with('.');
}

std::vector<fs::path> inputsOf(const fs::path &argument)
{
    std::vector<fs::path> inputs;
    std::error_code error;
    if (fs::is_regular_file(argument, error)) {
        inputs.push_back(argument);
    } else if (fs::is_directory(argument, error)) {
        for (const fs::directory_entry &entry : fs::recursive_directory_iterator(argument, error)) {
            if (entry.is_regular_file() && !isHidden(entry.path()))
                inputs.push_back(entry.path());
        }
        std::sort(inputs.begin(), inputs.end());
    } else {
        std::fprintf(stderr, "skipped %s: no such file or folder\n", argument.c_str());
    }
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const fs::path &input : inputsOf(argv[i])) {
            std::ifstream file(input, std::ios::binary);
            if (!file) {
                std::fprintf(stderr, "cannot read %s\n", input.c_str());
                return 1;
            }
            const std::string content{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
            // An abort inside names its input: the last line printed before it.
            std::fprintf(stderr, "replaying %s\n", input.c_str());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(content.data()), content.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "no inputs replayed\n");
        return 1;
    }
    std::printf("replayed %zu inputs\n", replayed);
    return 0;
}
