# Script mode: writes OUTPUT, a C++ source defining stride::app::embedded_data_files() with the
# text of every file in FILES (paths relative to SOURCE_DIR), so the binary carries its data.
set(content "// Generated from data/ by cmake/embed_data.cmake. Do not edit.\n#include \"embedded_data.hpp\"\n\nnamespace stride::app {\n\nconst std::vector<data_files::DataFile>& embedded_data_files() {\n  static const std::vector<data_files::DataFile> files{\n")
foreach(file IN LISTS FILES)
  file(READ "${SOURCE_DIR}/${file}" text)
  string(FIND "${text}" ")stride_data\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter")
  endif()
  string(APPEND content "      {\"${file}\", R\"stride_data(${text})stride_data\"},\n")
endforeach()
string(APPEND content "  };\n  return files;\n}\n\n}  // namespace stride::app\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
