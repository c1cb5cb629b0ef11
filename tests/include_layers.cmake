# The layers of docs/architecture.md, enforced: a file in core/ includes its own folder and folders
# below it, never one above, and never a widget; nothing in ui/ names the EVM backend (views are
# chain-agnostic: what they need of a chain comes through chain/Registry.h) or a writing part of
# the replica (views are handed ReplicaReader).
#
# Run by CTest as IncludeLayers; -DROOT=<folder holding core/ and ui/> (the sources, or a copy with a
# deliberate upward include, which IncludeLayersCatchesAnUpwardInclude expects to fail).

cmake_policy(SET CMP0007 NEW)

# Lowest first. Folders in one entry share a rank and do not include each other.
set(LAYERS
  "platform,i18n"
  "settings,crypto"
  "keys,net"
  "ipfs"
  "chain"
  "metadata,status"
  "store,devnet"
  "registry"
  "services")

set(rank 0)
foreach(entry IN LISTS LAYERS)
  string(REPLACE "," ";" folders "${entry}")
  foreach(folder IN LISTS folders)
    set(RANK_${folder} ${rank})
  endforeach()
  math(EXPR rank "${rank} + 1")
endforeach()

set(problems "")
file(GLOB_RECURSE core_files RELATIVE ${ROOT}/core ${ROOT}/core/*.h ${ROOT}/core/*.cpp)
foreach(path IN LISTS core_files)
  string(REGEX MATCH "^[^/]+" folder "${path}")
  if(folder STREQUAL path) # Result.h, BuildInfo: below everything
    continue()
  endif()
  if(NOT DEFINED RANK_${folder})
    list(APPEND problems "core/${folder}/ is in no layer of tests/include_layers.cmake (core/${path})")
    continue()
  endif()
  file(STRINGS ${ROOT}/core/${path} includes REGEX "^#include [\"<]")
  foreach(line IN LISTS includes)
    if(line MATCHES "^#include <Qt(Widgets|Gui)|^#include <Q(Widget|Application|Dialog|Label|Pixmap|Icon)[>]")
      list(APPEND problems "core/${path} includes a widget or GUI header: ${line}")
    endif()
    if(line MATCHES "^#include \"([a-z]+)/")
      set(target "${CMAKE_MATCH_1}")
      if(target STREQUAL folder)
        continue()
      endif()
      if(NOT DEFINED RANK_${target})
        list(APPEND problems "core/${path} includes ${target}/, which is not a layer of core: ${line}")
      elseif(NOT RANK_${target} LESS RANK_${folder})
        list(APPEND problems "core/${path} (${folder}, layer ${RANK_${folder}}) includes ${target}/ (layer ${RANK_${target}}), which is not below it: ${line}")
      endif()
    endif()
  endforeach()
endforeach()

# Files under `folder` that name what `pattern` matches, each a problem ending in `why`.
function(forbid_names folder pattern why)
  file(GLOB_RECURSE files RELATIVE ${ROOT}/${folder} ${ROOT}/${folder}/*.h ${ROOT}/${folder}/*.cpp)
  foreach(path IN LISTS files)
    file(READ ${ROOT}/${folder}/${path} text)
    string(REGEX MATCHALL "${pattern}" names "${text}")
    list(REMOVE_DUPLICATES names)
    foreach(name IN LISTS names)
      list(APPEND problems "${folder}/${path} names ${name}, ${why}")
    endforeach()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

forbid_names(ui "ethereum::[A-Za-z]+|evm::[A-Za-z]+|#include \"chain/evm/[A-Za-z]+|#include \"cli/[A-Za-z]+"
             "a chain backend (or the CLI), where a view goes through chain/Registry.h")
# Views read the replica through ReplicaReader (read-only) and search through BackgroundSearch.
forbid_names(ui "ModuleStore|ReplicaWriter|FetchQueue" "a writing part of the replica, where a view gets ReplicaReader")
# The CLI's commands are chain-agnostic too: they get the registry from core/services.
forbid_names(app "evm::[A-Za-z]+|#include \"chain/evm/[A-Za-z]+" "the EVM backend, where a command goes through core/services")

list(LENGTH problems count)
if(count GREATER 0)
  string(REPLACE ";" "\n  " listed "${problems}")
  message(FATAL_ERROR "${count} include(s) break the layers of docs/architecture.md:\n  ${listed}")
endif()
message(STATUS "Every include in core/ points down the layers; ui/ names no chain backend.")
