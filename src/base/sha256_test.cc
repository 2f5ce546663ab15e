#include "base/sha256.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using appmix::base::Sha256;
using appmix::base::sha256_hex;

TEST_CASE("sha256 matches the FIPS 180-4 and NIST test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmno"
                   "pqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  CHECK(sha256_hex(std::string(1'000'000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 handles lengths around the padding boundary") {
  // 55 bytes fit one block with the length; 56 and 64 need a second block.
  CHECK(sha256_hex(std::string(55, 'a')) ==
        "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) ==
        "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(64, 'a')) ==
        "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("sha256 gives the same digest whether fed at once or in pieces") {
  const std::string text(1000, 'x');
  for (std::size_t piece : {1u, 3u, 63u, 64u, 65u, 999u}) {
    Sha256 hash;
    for (std::size_t at = 0; at < text.size(); at += piece)
      hash.update(text.substr(at, piece));
    const auto digest = hash.finish();
    std::string hex;
    for (auto byte : digest) {
      hex.push_back("0123456789abcdef"[byte >> 4]);
      hex.push_back("0123456789abcdef"[byte & 0xf]);
    }
    CHECK(hex == sha256_hex(text));
  }
}

TEST_CASE("sha256_file_hex reads a file in pieces; nothing for one it cannot read") {
  const std::string path =
      (std::filesystem::temp_directory_path() / "appmix-sha256-test.bin").string();
  {
    // Larger than one 64 KiB piece, so the pieces are joined.
    std::ofstream out(path, std::ios::binary);
    out << std::string(200'000, 'a');
  }
  CHECK(appmix::base::sha256_file_hex(path) == sha256_hex(std::string(200'000, 'a')));
  std::filesystem::remove(path);
  CHECK_FALSE(appmix::base::sha256_file_hex(path).has_value());
}
