"""The steps taken (démarches) and the deadlines that follow from the incidents."""
