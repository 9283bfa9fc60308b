#include "extract/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>
#include <vector>

namespace citykg::extract {
namespace {

const icu::Normalizer2& Nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC unavailable: ") + u_errorName(status));
    return p;
  }();
  return *n;
}

const icu::Normalizer2& Nfd() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD unavailable: ") + u_errorName(status));
    return p;
  }();
  return *n;
}

bool IsListMarkerStart(const std::u32string& s, size_t i) {
  // Lines that start a new item: 一、 (一) 1. 圖 表 附件 第X章 壹 貳 ...
  if (i >= s.size()) return true;
  char32_t c = s[i];
  if (c == U'(' || c == U'（' || c == U'[' || c == U'-' || c == U'•' || c == U'●' || c == U'※' || c == U'「') return true;
  if (c >= U'0' && c <= U'9') return true;
  static const std::u32string kHeads = U"一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾圖表附第";
  if (kHeads.find(c) != std::u32string::npos) {
    if (i + 1 < s.size() && (s[i + 1] == U'、' || s[i + 1] == U'.' || s[i + 1] == U' ')) return true;
    if (c == U'圖' || c == U'表' || c == U'附' || c == U'第') return true;
  }
  return false;
}

}  // namespace

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007 || c == 0x3005;
}

bool IsLatinLetter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

bool IsSentenceEnd(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';' || c == U'\n';
}

// Japanese forms of characters (shinjitai) and simplified Chinese ones, and the traditional forms the reports and the
// gazetteer write: a Japanese text pasted into a report (静岡県, 沖縄, 神戸) or a mainland newspaper's (厦门, 会议中心)
// names the same places and bodies as 靜岡縣, 沖繩, 神戶, 廈門, 會議中心; the variants Japanese names are registered with
// (山﨑, 濵田, 渡邉, 髙橋, 中嶋) read as the surnames' usual forms. Sorted by the first character. (Not 芸, 弁, 万,
// 予, 党, 慎, 于, 余, 范, 干, 后, 里, 面, 云, 叶, 杰, 筑, 据: those are characters of their own in traditional Chinese, or
// stand for several.)
constexpr std::pair<char32_t, char32_t> kJapaneseForms[] = {
    {U'与', U'與'}, {U'业', U'業'}, {U'东', U'東'}, {U'両', U'兩'}, {U'两', U'兩'}, {U'义', U'義'}, {U'乗', U'乘'}, {U'乡', U'鄉'},
    {U'乱', U'亂'}, {U'亀', U'龜'}, {U'争', U'爭'}, {U'亚', U'亞'}, {U'产', U'產'}, {U'仏', U'佛'}, {U'们', U'們'}, {U'会', U'會'},
    {U'伝', U'傳'}, {U'体', U'體'}, {U'価', U'價'}, {U'児', U'兒'}, {U'写', U'寫'}, {U'冯', U'馮'}, {U'処', U'處'}, {U'刘', U'劉'},
    {U'创', U'創'}, {U'剣', U'劍'}, {U'务', U'務'}, {U'动', U'動'}, {U'励', U'勵'}, {U'労', U'勞'}, {U'効', U'效'}, {U'勲', U'勳'},
    {U'区', U'區'}, {U'医', U'醫'}, {U'华', U'華'}, {U'协', U'協'}, {U'单', U'單'}, {U'卖', U'賣'}, {U'単', U'單'}, {U'卢', U'盧'},
    {U'卫', U'衛'}, {U'厅', U'廳'}, {U'历', U'歷'}, {U'厦', U'廈'}, {U'厳', U'嚴'}, {U'县', U'縣'}, {U'参', U'參'}, {U'双', U'雙'},
    {U'収', U'收'}, {U'号', U'號'}, {U'吴', U'吳'}, {U'员', U'員'}, {U'営', U'營'}, {U'团', U'團'}, {U'団', U'團'}, {U'园', U'園'},
    {U'図', U'圖'}, {U'国', U'國'}, {U'图', U'圖'}, {U'圆', U'圓'}, {U'圏', U'圈'}, {U'圣', U'聖'}, {U'场', U'場'}, {U'块', U'塊'},
    {U'坛', U'壇'}, {U'塩', U'鹽'}, {U'増', U'增'}, {U'壮', U'壯'}, {U'声', U'聲'}, {U'売', U'賣'}, {U'处', U'處'}, {U'备', U'備'},
    {U'変', U'變'}, {U'复', U'復'}, {U'头', U'頭'}, {U'奋', U'奮'}, {U'奨', U'獎'}, {U'妇', U'婦'}, {U'姫', U'姬'}, {U'孙', U'孫'},
    {U'学', U'學'}, {U'宁', U'寧'}, {U'宝', U'寶'}, {U'实', U'實'}, {U'実', U'實'}, {U'宪', U'憲'}, {U'宾', U'賓'}, {U'对', U'對'},
    {U'导', U'導'}, {U'対', U'對'}, {U'専', U'專'}, {U'将', U'將'}, {U'尔', U'爾'}, {U'尽', U'盡'}, {U'层', U'層'}, {U'届', U'屆'},
    {U'属', U'屬'}, {U'岁', U'歲'}, {U'岛', U'島'}, {U'岭', U'嶺'}, {U'峡', U'峽'}, {U'嶋', U'島'}, {U'币', U'幣'}, {U'帅', U'帥'},
    {U'师', U'師'}, {U'带', U'帶'}, {U'帮', U'幫'}, {U'帯', U'帶'}, {U'帰', U'歸'}, {U'广', U'廣'}, {U'庁', U'廳'}, {U'広', U'廣'},
    {U'庄', U'莊'}, {U'庆', U'慶'}, {U'库', U'庫'}, {U'应', U'應'}, {U'废', U'廢'}, {U'廃', U'廢'}, {U'开', U'開'}, {U'张', U'張'},
    {U'强', U'強'}, {U'弾', U'彈'}, {U'归', U'歸'}, {U'当', U'當'}, {U'录', U'錄'}, {U'径', U'徑'}, {U'従', U'從'}, {U'徳', U'德'},
    {U'応', U'應'}, {U'怀', U'懷'}, {U'态', U'態'}, {U'总', U'總'}, {U'恋', U'戀'}, {U'恵', U'惠'}, {U'惊', U'驚'}, {U'惯', U'慣'},
    {U'愿', U'願'}, {U'戏', U'戲'}, {U'战', U'戰'}, {U'戦', U'戰'}, {U'戸', U'戶'}, {U'払', U'拂'}, {U'执', U'執'}, {U'扩', U'擴'},
    {U'扬', U'揚'}, {U'护', U'護'}, {U'报', U'報'}, {U'担', U'擔'}, {U'拟', U'擬'}, {U'拠', U'據'}, {U'拡', U'擴'}, {U'拥', U'擁'},
    {U'择', U'擇'}, {U'挙', U'舉'}, {U'损', U'損'}, {U'换', U'換'}, {U'摄', U'攝'}, {U'数', U'數'}, {U'斉', U'齊'}, {U'斎', U'齋'},
    {U'断', U'斷'}, {U'旧', U'舊'}, {U'时', U'時'}, {U'昼', U'晝'}, {U'显', U'顯'}, {U'暦', U'曆'}, {U'术', U'術'}, {U'机', U'機'},
    {U'杀', U'殺'}, {U'杂', U'雜'}, {U'权', U'權'}, {U'条', U'條'}, {U'来', U'來'}, {U'杨', U'楊'}, {U'构', U'構'}, {U'栄', U'榮'},
    {U'栏', U'欄'}, {U'树', U'樹'}, {U'样', U'樣'}, {U'桜', U'櫻'}, {U'档', U'檔'}, {U'桥', U'橋'}, {U'梦', U'夢'}, {U'检', U'檢'},
    {U'検', U'檢'}, {U'楼', U'樓'}, {U'楽', U'樂'}, {U'様', U'樣'}, {U'権', U'權'}, {U'横', U'橫'}, {U'欢', U'歡'}, {U'欧', U'歐'},
    {U'歩', U'步'}, {U'歯', U'齒'}, {U'歳', U'歲'}, {U'歴', U'歷'}, {U'残', U'殘'}, {U'毕', U'畢'}, {U'気', U'氣'}, {U'汇', U'匯'},
    {U'汉', U'漢'}, {U'汤', U'湯'}, {U'沟', U'溝'}, {U'沢', U'澤'}, {U'沪', U'滬'}, {U'泽', U'澤'}, {U'洁', U'潔'}, {U'浄', U'淨'},
    {U'浅', U'淺'}, {U'济', U'濟'}, {U'浏', U'瀏'}, {U'浜', U'濱'}, {U'涙', U'淚'}, {U'涛', U'濤'}, {U'润', U'潤'}, {U'済', U'濟'},
    {U'渋', U'澀'}, {U'渓', U'溪'}, {U'渔', U'漁'}, {U'温', U'溫'}, {U'湾', U'灣'}, {U'湿', U'濕'}, {U'満', U'滿'}, {U'滝', U'瀧'},
    {U'满', U'滿'}, {U'潜', U'潛'}, {U'濵', U'濱'}, {U'瀬', U'瀨'}, {U'灭', U'滅'}, {U'灯', U'燈'}, {U'灵', U'靈'}, {U'灾', U'災'},
    {U'炉', U'爐'}, {U'点', U'點'}, {U'炼', U'煉'}, {U'烟', U'煙'}, {U'热', U'熱'}, {U'焕', U'煥'}, {U'焼', U'燒'}, {U'爱', U'愛'},
    {U'爷', U'爺'}, {U'牵', U'牽'}, {U'状', U'狀'}, {U'犹', U'猶'}, {U'独', U'獨'}, {U'狮', U'獅'}, {U'猎', U'獵'}, {U'猟', U'獵'},
    {U'献', U'獻'}, {U'玛', U'瑪'}, {U'环', U'環'}, {U'现', U'現'}, {U'电', U'電'}, {U'画', U'畫'}, {U'畅', U'暢'}, {U'疗', U'療'},
    {U'発', U'發'}, {U'盐', U'鹽'}, {U'监', U'監'}, {U'盖', U'蓋'}, {U'盘', U'盤'}, {U'県', U'縣'}, {U'确', U'確'}, {U'祸', U'禍'},
    {U'离', U'離'}, {U'种', U'種'}, {U'积', U'積'}, {U'称', U'稱'}, {U'税', U'稅'}, {U'稲', U'稻'}, {U'稳', U'穩'}, {U'穂', U'穗'},
    {U'穷', U'窮'}, {U'窃', U'竊'}, {U'竜', U'龍'}, {U'竞', U'競'}, {U'笔', U'筆'}, {U'签', U'簽'}, {U'简', U'簡'}, {U'类', U'類'},
    {U'粮', U'糧'}, {U'紧', U'緊'}, {U'経', U'經'}, {U'継', U'繼'}, {U'続', U'續'}, {U'総', U'總'}, {U'緑', U'綠'}, {U'縄', U'繩'},
    {U'縦', U'縱'}, {U'红', U'紅'}, {U'约', U'約'}, {U'级', U'級'}, {U'纪', U'紀'}, {U'纬', U'緯'}, {U'纯', U'純'}, {U'纲', U'綱'},
    {U'纳', U'納'}, {U'纵', U'縱'}, {U'纷', U'紛'}, {U'纸', U'紙'}, {U'纹', U'紋'}, {U'线', U'線'}, {U'练', U'練'}, {U'组', U'組'},
    {U'细', U'細'}, {U'织', U'織'}, {U'终', U'終'}, {U'绍', U'紹'}, {U'经', U'經'}, {U'结', U'結'}, {U'绕', U'繞'}, {U'绘', U'繪'},
    {U'给', U'給'}, {U'络', U'絡'}, {U'绝', U'絕'}, {U'统', U'統'}, {U'继', U'繼'}, {U'绩', U'績'}, {U'续', U'續'}, {U'维', U'維'},
    {U'绵', U'綿'}, {U'综', U'綜'}, {U'绿', U'綠'}, {U'缓', U'緩'}, {U'编', U'編'}, {U'缘', U'緣'}, {U'缩', U'縮'}, {U'网', U'網'},
    {U'罗', U'羅'}, {U'罚', U'罰'}, {U'职', U'職'}, {U'联', U'聯'}, {U'聪', U'聰'}, {U'聴', U'聽'}, {U'肃', U'肅'}, {U'肠', U'腸'},
    {U'肤', U'膚'}, {U'胜', U'勝'}, {U'脑', U'腦'}, {U'脚', U'腳'}, {U'脳', U'腦'}, {U'脸', U'臉'}, {U'舰', U'艦'}, {U'艺', U'藝'},
    {U'节', U'節'}, {U'苍', U'蒼'}, {U'苏', U'蘇'}, {U'荐', U'薦'}, {U'荘', U'莊'}, {U'药', U'藥'}, {U'莱', U'萊'}, {U'获', U'獲'},
    {U'营', U'營'}, {U'萧', U'蕭'}, {U'萨', U'薩'}, {U'蒋', U'蔣'}, {U'蓝', U'藍'}, {U'蔵', U'藏'}, {U'薬', U'藥'}, {U'虑', U'慮'},
    {U'虚', U'虛'}, {U'虫', U'蟲'}, {U'补', U'補'}, {U'袭', U'襲'}, {U'装', U'裝'}, {U'覚', U'覺'}, {U'覧', U'覽'}, {U'観', U'觀'},
    {U'观', U'觀'}, {U'规', U'規'}, {U'视', U'視'}, {U'览', U'覽'}, {U'觉', U'覺'}, {U'触', U'觸'}, {U'訳', U'譯'}, {U'誉', U'譽'},
    {U'読', U'讀'}, {U'譲', U'讓'}, {U'计', U'計'}, {U'订', U'訂'}, {U'认', U'認'}, {U'讨', U'討'}, {U'让', U'讓'}, {U'训', U'訓'},
    {U'议', U'議'}, {U'讯', U'訊'}, {U'记', U'記'}, {U'讲', U'講'}, {U'许', U'許'}, {U'论', U'論'}, {U'设', U'設'}, {U'访', U'訪'},
    {U'证', U'證'}, {U'评', U'評'}, {U'识', U'識'}, {U'诉', U'訴'}, {U'诊', U'診'}, {U'词', U'詞'}, {U'译', U'譯'}, {U'试', U'試'},
    {U'诗', U'詩'}, {U'诚', U'誠'}, {U'话', U'話'}, {U'询', U'詢'}, {U'该', U'該'}, {U'详', U'詳'}, {U'语', U'語'}, {U'误', U'誤'},
    {U'说', U'說'}, {U'请', U'請'}, {U'诸', U'諸'}, {U'读', U'讀'}, {U'课', U'課'}, {U'谁', U'誰'}, {U'调', U'調'}, {U'谈', U'談'},
    {U'谋', U'謀'}, {U'谢', U'謝'}, {U'谭', U'譚'}, {U'豊', U'豐'}, {U'贝', U'貝'}, {U'负', U'負'}, {U'贡', U'貢'}, {U'财', U'財'},
    {U'责', U'責'}, {U'贤', U'賢'}, {U'败', U'敗'}, {U'货', U'貨'}, {U'质', U'質'}, {U'贯', U'貫'}, {U'贵', U'貴'}, {U'贷', U'貸'},
    {U'贸', U'貿'}, {U'费', U'費'}, {U'贺', U'賀'}, {U'贾', U'賈'}, {U'资', U'資'}, {U'赏', U'賞'}, {U'赔', U'賠'}, {U'赛', U'賽'},
    {U'赞', U'贊'}, {U'赵', U'趙'}, {U'趋', U'趨'}, {U'跃', U'躍'}, {U'践', U'踐'}, {U'転', U'轉'}, {U'軽', U'輕'}, {U'车', U'車'},
    {U'轨', U'軌'}, {U'轩', U'軒'}, {U'转', U'轉'}, {U'轮', U'輪'}, {U'软', U'軟'}, {U'轻', U'輕'}, {U'载', U'載'}, {U'较', U'較'},
    {U'辅', U'輔'}, {U'辆', U'輛'}, {U'输', U'輸'}, {U'辖', U'轄'}, {U'辞', U'辭'}, {U'边', U'邊'}, {U'辺', U'邊'}, {U'达', U'達'},
    {U'迁', U'遷'}, {U'过', U'過'}, {U'运', U'運'}, {U'还', U'還'}, {U'这', U'這'}, {U'进', U'進'}, {U'远', U'遠'}, {U'违', U'違'},
    {U'连', U'連'}, {U'迟', U'遲'}, {U'适', U'適'}, {U'选', U'選'}, {U'递', U'遞'}, {U'逻', U'邏'}, {U'遗', U'遺'}, {U'邉', U'邊'},
    {U'邓', U'鄧'}, {U'邮', U'郵'}, {U'邹', U'鄒'}, {U'邻', U'鄰'}, {U'郑', U'鄭'}, {U'郷', U'鄉'}, {U'酿', U'釀'}, {U'释', U'釋'},
    {U'鉄', U'鐵'}, {U'銭', U'錢'}, {U'録', U'錄'}, {U'钟', U'鐘'}, {U'钢', U'鋼'}, {U'钱', U'錢'}, {U'铁', U'鐵'}, {U'铜', U'銅'},
    {U'银', U'銀'}, {U'铺', U'鋪'}, {U'链', U'鏈'}, {U'销', U'銷'}, {U'锁', U'鎖'}, {U'锋', U'鋒'}, {U'锦', U'錦'}, {U'镇', U'鎮'},
    {U'长', U'長'}, {U'関', U'關'}, {U'闘', U'鬥'}, {U'门', U'門'}, {U'闭', U'閉'}, {U'问', U'問'}, {U'闲', U'閒'}, {U'间', U'間'},
    {U'闻', U'聞'}, {U'阁', U'閣'}, {U'阅', U'閱'}, {U'队', U'隊'}, {U'阳', U'陽'}, {U'阴', U'陰'}, {U'阵', U'陣'}, {U'阶', U'階'},
    {U'际', U'際'}, {U'陆', U'陸'}, {U'陈', U'陳'}, {U'险', U'險'}, {U'険', U'險'}, {U'随', U'隨'}, {U'隐', U'隱'}, {U'难', U'難'},
    {U'雑', U'雜'}, {U'雾', U'霧'}, {U'霊', U'靈'}, {U'静', U'靜'}, {U'韩', U'韓'}, {U'頼', U'賴'}, {U'顕', U'顯'}, {U'页', U'頁'},
    {U'顶', U'頂'}, {U'项', U'項'}, {U'顺', U'順'}, {U'须', U'須'}, {U'顾', U'顧'}, {U'顿', U'頓'}, {U'预', U'預'}, {U'领', U'領'},
    {U'题', U'題'}, {U'颜', U'顏'}, {U'额', U'額'}, {U'风', U'風'}, {U'飞', U'飛'}, {U'饭', U'飯'}, {U'饮', U'飲'}, {U'馆', U'館'},
    {U'駅', U'驛'}, {U'駆', U'驅'}, {U'騒', U'騷'}, {U'験', U'驗'}, {U'马', U'馬'}, {U'驰', U'馳'}, {U'驱', U'驅'}, {U'驻', U'駐'},
    {U'驾', U'駕'}, {U'验', U'驗'}, {U'骑', U'騎'}, {U'髙', U'高'}, {U'鱼', U'魚'}, {U'鲁', U'魯'}, {U'鶏', U'雞'}, {U'鸟', U'鳥'},
    {U'鸡', U'雞'}, {U'鸣', U'鳴'}, {U'鹤', U'鶴'}, {U'麦', U'麥'}, {U'黄', U'黃'}, {U'黒', U'黑'}, {U'齐', U'齊'}, {U'齢', U'齡'},
    {U'龙', U'龍'}, {U'龚', U'龔'}, {U'﨑', U'崎'},
};

char32_t FoldChar(char32_t c) {
  switch (c) {
    case U'台': return U'臺';
    case U'巿': return U'市';
    case U'峯': return U'峰';
    case U'衞': return U'衛';
    case U'綫': return U'線';
    case U'舘': return U'館';
    case U'敎': return U'教';
    case U'鷄': return U'雞';
    case U'裏': return U'裡';
    case U'爲': return U'為';
    case U'啓': return U'啟';
    // Other brackets read as parentheses: 瑪麗亞．桑托斯〔Maria Santos〕, 【英文】.
    case U'〔': return U'(';
    case U'〕': return U')';
    case U'【': return U'(';
    case U'】': return U')';
    default:
      if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
      if (c >= 0x2E80) return TraditionalForm(c);  // (CJK: no letter case)
      if (IsLatinLetter(c)) return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
      return c;
  }
}

char32_t TraditionalForm(char32_t c) {
  if (c < kJapaneseForms[0].first || c > std::end(kJapaneseForms)[-1].first) return c;
  // (Most characters are none of them: one bit each says so before the search.)
  static const std::vector<bool> kIsJapaneseForm = [] {
    std::vector<bool> bits(std::end(kJapaneseForms)[-1].first - kJapaneseForms[0].first + 1, false);
    for (const auto& [from, to] : kJapaneseForms) bits[from - kJapaneseForms[0].first] = true;
    return bits;
  }();
  if (!kIsJapaneseForm[c - kJapaneseForms[0].first]) return c;
  auto it = std::lower_bound(std::begin(kJapaneseForms), std::end(kJapaneseForms), c,
                             [](const std::pair<char32_t, char32_t>& p, char32_t v) { return p.first < v; });
  return it != std::end(kJapaneseForms) && it->first == c ? it->second : c;
}

std::string TraditionalForms(std::string_view utf8) {
  std::u32string u = ToU32(utf8);
  bool changed = false;
  for (auto& c : u) {
    char32_t t = TraditionalForm(c);
    changed = changed || t != c;
    c = t;
  }
  return changed ? ToUtf8(u) : std::string(utf8);
}

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto len = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, len, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

bool IsValidUtf8(std::string_view s) {
  const auto len = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < len) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, len, c);
    if (c < 0) return false;
  }
  return true;
}

int64_t RepairUtf8(std::string_view in, std::string* out, int* bad_count) {
  out->clear();
  out->reserve(in.size());
  int64_t first_bad = -1;
  *bad_count = 0;
  const auto len = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(in.data(), i, len, c);
    if (c < 0) {
      if (first_bad < 0) first_bad = start;
      ++*bad_count;
      out->append("\xEF\xBF\xBD");
    } else {
      out->append(in.data() + start, static_cast<size_t>(i - start));
    }
  }
  return first_bad;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, static_cast<UChar32>(c), err);
    if (err) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(buf, static_cast<size_t>(n));
    }
  }
  return out;
}

std::string NormalizedText::Utf8(Span span) const {
  if (span.end > text.size()) span.end = static_cast<uint32_t>(text.size());
  if (span.begin >= span.end) return {};
  return ToUtf8(std::u32string_view(text).substr(span.begin, span.size()));
}

namespace {

// The number a circled digit stands for (① = 1 … ⑳ = 20, ❶ … ❿, ➀ … ➉, ➊ … ➓), else 0.
int CircledNumber(char32_t c) {
  if (c >= 0x2460 && c <= 0x2473) return static_cast<int>(c - 0x2460) + 1;
  if (c >= 0x2776 && c <= 0x277F) return static_cast<int>(c - 0x2776) + 1;
  if (c >= 0x2780 && c <= 0x2789) return static_cast<int>(c - 0x2780) + 1;
  if (c >= 0x278A && c <= 0x2793) return static_cast<int>(c - 0x278A) + 1;
  return 0;
}

}  // namespace

NormalizedText Normalize(std::string_view utf8) {
  const icu::Normalizer2& nfkc = Nfkc();
  std::u32string original = ToU32(utf8);
  // Pass 1: NFKC per normalization segment, keeping the offset of each output character.
  std::u32string text;
  std::vector<uint32_t> map;
  text.reserve(original.size());
  map.reserve(original.size() + 1);
  size_t i = 0;
  while (i < original.size()) {
    char32_t c = original[i];
    if (c == U'\r') {  // CR LF and lone CR become LF
      text.push_back(U'\n');
      map.push_back(static_cast<uint32_t>(i));
      i += (i + 1 < original.size() && original[i + 1] == U'\n') ? 2 : 1;
      continue;
    }
    // A circled number (① … ⑳, ❶ … ❿, ➀ … ➓) numbers an item: (1) … (20), not the digit NFKC makes of it, which
    // runs into the date after it (②11月4日 is no 211月).
    if (int n = CircledNumber(c); n > 0) {
      std::u32string item = U"(" + ToU32(std::to_string(n)) + U")";
      for (char32_t x : item) {
        text.push_back(x);
        map.push_back(static_cast<uint32_t>(i));
      }
      ++i;
      continue;
    }
    if (c < 0x80 || (nfkc.isInert(static_cast<UChar32>(c)) && (i + 1 >= original.size() || nfkc.hasBoundaryBefore(static_cast<UChar32>(original[i + 1]))))) {
      text.push_back(c);
      map.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < original.size() && !nfkc.hasBoundaryBefore(static_cast<UChar32>(original[j]))) ++j;
    icu::UnicodeString seg;
    for (size_t k = i; k < j; ++k) seg.append(static_cast<UChar32>(original[k]));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString norm = nfkc.normalize(seg, status);
    if (U_FAILURE(status)) norm = seg;
    for (int32_t k = 0; k < norm.length();) {
      UChar32 nc = norm.char32At(k);
      k += U16_LENGTH(nc);
      text.push_back(static_cast<char32_t>(nc));
      map.push_back(static_cast<uint32_t>(i));
    }
    i = j;
  }
  // Pass 1b: text copied out of a PDF with a space between every character (嘉 義 市 政 府 出 國 報 告): where at least
  // three lines are written so (four or more single spaces between two CJK characters and four times as many as the
  // pairs written together), the single spaces of such lines between two characters that are not both Latin letters
  // or digits go (市 長 Somchai → 市長Somchai; Latin words keep theirs; runs of spaces, columns, stay).
  {
    auto cjk = [](char32_t c) { return c >= 0x2E80 && c != 0x3000; };
    auto word = [](char32_t c) { return IsLatinLetter(c) || (c >= U'0' && c <= U'9'); };
    std::vector<std::pair<size_t, size_t>> lines;  // [begin, end) of each line
    for (size_t b = 0; b <= text.size();) {
      size_t e = text.find(U'\n', b);
      if (e == std::u32string::npos) e = text.size();
      lines.emplace_back(b, e);
      b = e + 1;
    }
    std::vector<char> spaced(lines.size(), 0);
    int spaced_lines = 0;
    for (size_t l = 0; l < lines.size(); ++l) {
      auto [b, e] = lines[l];
      int gaps = 0, tight = 0;
      for (size_t k = b + 1; k + 1 < e; ++k) {
        if (text[k] == U' ' && cjk(text[k - 1]) && cjk(text[k + 1])) ++gaps;
        if (IsHan(text[k]) && IsHan(text[k + 1])) ++tight;
      }
      if (b + 1 < e && IsHan(text[b]) && IsHan(text[b + 1])) ++tight;
      spaced[l] = gaps >= 1 && gaps >= 4 * tight ? (gaps >= 4 ? 2 : 1) : 0;
      spaced_lines += spaced[l] == 2;
    }
    if (spaced_lines >= 3) {
      std::u32string joined;
      std::vector<uint32_t> joined_map;
      joined.reserve(text.size());
      joined_map.reserve(text.size());
      for (size_t l = 0; l < lines.size(); ++l) {
        auto [b, e] = lines[l];
        for (size_t k = b; k < e; ++k) {
          bool drop = spaced[l] && text[k] == U' ' && k > b && k + 1 < e && text[k - 1] != U' ' && text[k + 1] != U' ' &&
                      !(word(text[k - 1]) && word(text[k + 1]));
          if (drop) continue;
          joined.push_back(text[k]);
          joined_map.push_back(map[k]);
        }
        if (e < text.size()) {
          joined.push_back(U'\n');
          joined_map.push_back(map[e]);
        }
      }
      text = std::move(joined);
      map = std::move(joined_map);
    }
  }
  // Pass 1c: Markdown's bold marks (科長 **李美瑩**, - **服務機關**：…) go; they stand inside what the rules read.
  if (text.find(U"**") != std::u32string::npos) {
    std::u32string kept;
    std::vector<uint32_t> kept_map;
    kept.reserve(text.size());
    kept_map.reserve(text.size());
    for (size_t k = 0; k < text.size(); ++k) {
      if (text[k] == U'*' && k + 1 < text.size() && text[k + 1] == U'*') {
        ++k;
        continue;
      }
      kept.push_back(text[k]);
      kept_map.push_back(map[k]);
    }
    text = std::move(kept);
    map = std::move(kept_map);
  }
  // Pass 1d: a table drawn with box-drawing characters (a Word table saved as text: ┌──┬──┐, │姓名│職稱│, └──┴──┘) is
  // read as a tabbed one: on a line that starts with one, the bars between cells become tabs, the bars at the line's
  // two ends, the rules and the corners spaces, and so does the cells' padding of ideographic spaces (one character
  // for one: offsets stay).
  auto box = [](char32_t c) { return c >= 0x2500 && c <= 0x257F; };
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find(U'\n', b);
    if (e == std::u32string::npos) e = text.size();
    size_t first = b, last = e;
    while (first < e && (text[first] == U' ' || text[first] == U'\u3000')) ++first;
    while (last > first && (text[last - 1] == U' ' || text[last - 1] == U'\u3000' || text[last - 1] == U'\r')) --last;
    if (first < e && box(text[first]))
      for (size_t k = first; k < e; ++k) {
        const bool bar = text[k] == U'│' || text[k] == U'┃' || text[k] == U'║';
        if (bar && k != first && k + 1 != last) text[k] = U'\t';
        else if (box(text[k]) || text[k] == U'\u3000') text[k] = U' ';
      }
    b = e + 1;
  }
  // Pass 1e: a table drawn with bars between its cells only (姓名｜職稱 over 黃仁杰｜臺中市副市長: a Word table pasted
  // with its inner rules kept) is read as a tabbed one: where two or more lines in a row each hold the same number of
  // bars and none starts with one (a Markdown row does, and is read as such), the bars become tabs. One line with a bar
  // (林振宇 臺南市長｜粉絲專頁, a page's header) stays.
  if (text.find(U'|') != std::u32string::npos) {
    struct Line {
      size_t begin, end, bars;
    };
    std::vector<Line> lines;
    for (size_t b = 0; b <= text.size();) {
      size_t e = text.find(U'\n', b);
      if (e == std::u32string::npos) e = text.size();
      size_t first = b;
      while (first < e && (text[first] == U' ' || text[first] == U'\u3000')) ++first;
      const size_t bars = first < e && text[first] != U'|' ? static_cast<size_t>(std::count(text.begin() + first, text.begin() + e, U'|')) : 0;
      lines.push_back({b, e, bars});
      b = e + 1;
    }
    for (size_t l = 0; l < lines.size();) {
      size_t j = l + 1;
      while (j < lines.size() && lines[l].bars > 0 && lines[j].bars == lines[l].bars) ++j;
      if (lines[l].bars > 0 && j - l >= 2)
        for (size_t r = l; r < j; ++r)
          std::replace(text.begin() + lines[r].begin, text.begin() + lines[r].end, U'|', U'\t');
      l = j;
    }
    // (And a table whose rows open and close with a bar too, three cells or more, whose first row heads a column of
    // names or titles — ｜日期｜單位｜職稱｜姓名｜, a Word table saved with its rules as full-width bars, or Markdown's
    // | 職稱 | 姓名 |: two lines or more in a row with the same number of bars, each opening and closing with one. The
    // inner bars become tabs, the outer ones and a rule row's dashes (|---|---|) spaces: one character for one, offsets
    // stay. A table whose cells hold a title and a name together, | 6/11 | 峴港市觀光廳廳長 Tran Thi Mai | … |, reads as
    // its lines.)
    auto framed = [&](size_t b, size_t e, size_t* bars) {
      size_t first = b, last = e;
      while (first < e && (text[first] == U' ' || text[first] == U'\u3000')) ++first;
      while (last > first && (text[last - 1] == U' ' || text[last - 1] == U'\u3000' || text[last - 1] == U'\r')) --last;
      if (last - first < 2 || text[first] != U'|' || text[last - 1] != U'|') return false;
      *bars = static_cast<size_t>(std::count(text.begin() + first, text.begin() + last, U'|'));
      return *bars >= 4;
    };
    for (size_t l = 0; l < lines.size();) {
      size_t bars = 0, next_bars = 0, j = l + 1;
      if (!framed(lines[l].begin, lines[l].end, &bars)) {
        ++l;
        continue;
      }
      while (j < lines.size() && framed(lines[j].begin, lines[j].end, &next_bars) && next_bars == bars) ++j;
      const std::u32string_view head(text.data() + lines[l].begin, lines[l].end - lines[l].begin);
      const bool columns = head.find(U"姓名") != std::u32string_view::npos || head.find(U"職稱") != std::u32string_view::npos ||
                           head.find(U"Name") != std::u32string_view::npos || head.find(U"Title") != std::u32string_view::npos;
      if (j - l >= 2 && columns)
        for (size_t r = l; r < j; ++r) {
          const size_t b = lines[r].begin, e = lines[r].end;
          const bool rule = std::all_of(text.begin() + b, text.begin() + e, [](char32_t c) {
            return c == U'|' || c == U'-' || c == U':' || c == U' ' || c == U'\u3000' || c == U'\r';
          });
          const size_t first = text.find(U'|', b), last = text.rfind(U'|', e - 1);
          for (size_t k = b; k < e; ++k)
            if (text[k] == U'|' || (rule && text[k] != U'\r')) text[k] = k == first || k == last || rule ? U' ' : U'\t';
        }
      l = j;
    }
  }
  // Pass 2: join line breaks inside sentences (a long line ending in a Han character, the next one
  // starting with a Han character that does not open a list item or heading).
  NormalizedText out;
  out.text.reserve(text.size());
  out.to_original.reserve(text.size() + 1);
  size_t line_start = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    char32_t c = text[k];
    // OCR reads 日 as 曰 (say) in dates: 9月10曰. After a digit 曰 is always a misread 日.
    if (c == U'曰' && !out.text.empty() && out.text.back() >= U'0' && out.text.back() <= U'9') c = U'日';
    if (c != U'\n') {
      out.text.push_back(c);
      out.to_original.push_back(map[k]);
      continue;
    }
    // Find the last non-space character of this line and the first of the next non-empty line.
    size_t last = out.text.size();
    while (last > 0 && (out.text[last - 1] == U' ' || out.text[last - 1] == U'\t')) --last;
    size_t next = k;
    while (next < text.size() && (text[next] == U'\n' || text[next] == U' ' || text[next] == U'\t')) ++next;
    size_t line_len = k - line_start;
    // (Not into a field's label, 出國報告 over 服務機關:…, and each line is measured by itself: a short line joined to a
    // long one is no long line.)
    size_t label = next;
    while (label < text.size() && label - next < 6 && IsHan(text[label])) ++label;
    const bool field = label > next + 1 && label < text.size() && text[label] == U':';
    bool join = last > 0 && IsHan(out.text[last - 1]) && line_len >= 60 && next < text.size() && IsHan(text[next]) &&
                !IsListMarkerStart(text, next) && !field;
    if (join) {
      out.text.resize(last);
      out.to_original.resize(last);
      line_start = k + 1;
      k = next - 1;  // continue with the next line's first character
      continue;
    }
    out.text.push_back(U'\n');
    out.to_original.push_back(map[k]);
    line_start = k + 1;
  }
  out.to_original.push_back(static_cast<uint32_t>(original.size()));
  out.folded.resize(out.text.size());
  for (size_t k = 0; k < out.text.size(); ++k) out.folded[k] = FoldChar(out.text[k]);
  return out;
}

bool IsBareDepartmentName(std::string_view label, std::string_view name) {
  const size_t gov = label.find("政府");
  return gov != std::string_view::npos && gov > 0 && !name.starts_with(label.substr(0, gov)) &&
         std::none_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

std::string MatchKey(std::string_view utf8) {
  const icu::Normalizer2& nfkc = Nfkc();
  const icu::Normalizer2& nfd = Nfd();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s = nfkc.normalize(s, status);
  status = U_ZERO_ERROR;
  s = nfd.normalize(s, status);
  std::u32string out;
  for (int32_t k = 0; k < s.length();) {
    UChar32 c = s.char32At(k);
    k += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c) || c == '.' || c == '-' || c == 0xB7 || c == 0x2027 || c == 0x30FB || c == 0x2010 ||
        c == 0x2011 || c == 0x2013 || c == 0x2014 || c == '\'' || c == 0x2019 || c == '_')
      continue;
    out.push_back(FoldChar(static_cast<char32_t>(u_tolower(c))));
  }
  return ToUtf8(out);
}

}  // namespace citykg::extract
