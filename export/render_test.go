package export

import (
	"os"
	"testing"

	"scaleroom/workshop/workshoptest"
)

func TestDumpForLooking(t *testing.T) {
	dir := os.Getenv("SCALEROOM_PDF_DIR")
	if dir == "" {
		t.Skip("set SCALEROOM_PDF_DIR to write sample PDFs")
	}
	for name, opt := range map[string]Options{"full": {}, "anon": {Anonymous: true}, "personal": {Participant: "p4"}, "letter": {Paper: PaperLetter}} {
		data, _, err := Render(typicalSession(), opt)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(dir+"/"+name+".pdf", data, 0o644)
	}
	for name, opt := range map[string]Options{"intl": {}, "intl-personal": {Participant: "p2"}} {
		data, _, err := Render(workshoptest.International(), opt)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(dir+"/"+name+".pdf", data, 0o644)
	}
	data, _, err := Render(largeSession(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/large.pdf", data, 0o644)
}
