"""The faces users touch: the ``zhibiao`` command, the HTML report and the evaluation."""
