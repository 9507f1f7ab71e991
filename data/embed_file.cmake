# Turns a text file into a C++ source holding it as a std::string_view constant
# in namespace claimgraph::data (declared in data/embedded.h).
# cmake -DINPUT=in.tsv -DOUTPUT=out.cc -DSYMBOL=kName -P embed_file.cmake
file(READ "${INPUT}" content)
set(delimiter "cg_embedded")  # at most 16 characters
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter")
endif()
set(source "// Generated from ${INPUT} by data/embed_file.cmake. Do not edit.\n")
string(APPEND source "#include \"data/embedded.h\"\n\nnamespace claimgraph::data {\n\n")
string(APPEND source "const std::string_view ${SYMBOL} = R\"${delimiter}(")
string(APPEND source "${content}")
string(APPEND source ")${delimiter}\";\n\n}  // namespace claimgraph::data\n")
file(WRITE "${OUTPUT}" "${source}")
