// The appmix binary: everything lives in the cli library.
#include "cli/app.h"

int main(int argc, char** argv) { return appmix::cli::run(argc, argv); }
