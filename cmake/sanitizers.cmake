# STRIDE_SANITIZE adds ASan and UBSan to every target; UBSan findings abort the program.
if(STRIDE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
