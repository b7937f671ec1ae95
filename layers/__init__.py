"""Layer rendering: model data from the store -> merged pyvista meshes and VTK actors. No Qt."""
