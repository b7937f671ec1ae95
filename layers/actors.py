"""Small VTK helpers of the rendering tier: direct-colour actors and static cell locators."""

from __future__ import annotations

import pyvista as pv
from vtkmodules.vtkCommonDataModel import vtkStaticCellLocator
from vtkmodules.vtkRenderingCore import vtkActor, vtkDataSetMapper, vtkPolyDataMapper


def make_actor(mesh: pv.DataSet, *, scalars: str | None = "rgba", association: str = "cell",
               pickable: bool = True, color: tuple[float, float, float] | None = None) -> vtkActor:
    """A plain actor over ``mesh`` colouring by the uint8 RGBA array ``scalars`` (direct colours)."""
    mapper = vtkPolyDataMapper() if isinstance(mesh, pv.PolyData) else vtkDataSetMapper()
    mapper.SetInputData(mesh)
    if scalars is not None:
        mapper.ScalarVisibilityOn()
        if association == "cell":
            mapper.SetScalarModeToUseCellFieldData()
        else:
            mapper.SetScalarModeToUsePointFieldData()
        mapper.SelectColorArray(scalars)
        mapper.SetColorModeToDirectScalars()
    else:
        mapper.ScalarVisibilityOff()
    mapper.SetResolveCoincidentTopologyToPolygonOffset()
    actor = pv.Actor(mapper=mapper)
    actor.SetPickable(bool(pickable))
    if color is not None:
        actor.GetProperty().SetColor(*color)
    return actor


def static_locator(dataset) -> vtkStaticCellLocator:
    """A static cell locator over ``dataset``, built (fast ray picks)."""
    loc = vtkStaticCellLocator()
    loc.SetDataSet(dataset)
    loc.BuildLocator()
    return loc


__all__ = ["make_actor", "static_locator"]
