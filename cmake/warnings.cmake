# stride_set_warnings(target): the project's warning set, treated as errors.
function(stride_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
    -Wformat=2 -Werror)
endfunction()
